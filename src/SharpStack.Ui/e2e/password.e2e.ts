import { describe, expect, inject, it } from 'vitest';
import { apiSession } from './api';
import { browserForFile, shot, uiLogin } from './browser';
import { ADMIN_PASSWORD } from './server';

const baseUrl = inject('baseUrl');
const username = `pwuser${Date.now() % 100000}`;

const browser = browserForFile(baseUrl, async () => {
  const admin = await apiSession(baseUrl, 'admin', ADMIN_PASSWORD);
  await admin.execute('createAccount', { username, password: 'first-pw', accounttype: 0, email: `${username}@example.org`, firstname: 'Pass', lastname: 'Word' });
});

describe('password change', () => {
  it('a user changes their own password from the user menu and logs in with the new one only', async () => {
    const { page } = browser;
    await uiLogin(page, baseUrl, username, 'first-pw');
    await page.getByRole('button', { name: username }).hover();
    await page.getByRole('menuitem', { name: 'Change password' }).click();
    const dialog = page.getByRole('dialog', { name: 'Change your password' });
    // A wrong current password is refused by the server and the dialog stays open.
    await dialog.getByLabel('Current password').fill('not-my-pw');
    await dialog.getByLabel('New password', { exact: true }).fill('second-pw');
    await dialog.getByLabel('Confirm new password').fill('second-pw');
    await dialog.getByRole('button', { name: 'Change password' }).click();
    await page.locator('.ant-message-notice-error').getByText(/current password/).waitFor();
    await shot(page, 'password-01-refused');
    await dialog.getByLabel('Current password').fill('first-pw');
    await dialog.getByRole('button', { name: 'Change password' }).click();
    await page.waitForURL(/\/client\/login/);
    await page.getByText('Password changed. Log in with the new password.').waitFor();
    await shot(page, 'password-02-changed');

    await page.getByLabel('User name').fill(username);
    await page.getByLabel('Password', { exact: true }).fill('first-pw');
    await page.getByRole('button', { name: /log in/i }).click();
    await page.getByText('Login failed').waitFor();
    await shot(page, 'password-03-old-refused');
    await uiLogin(page, baseUrl, username, 'second-pw');
    await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
    await expect(apiSession(baseUrl, username, 'second-pw')).resolves.toBeTruthy();
    expect(browser.offSite).toEqual([]);
  });
});
