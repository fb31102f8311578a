import { afterAll, describe, expect, inject, it } from 'vitest';
import { apiSession } from './api';
import { browserForFile, shot, uiLogin } from './browser';
import { ADMIN_PASSWORD } from './server';

const baseUrl = inject('baseUrl');
const suffix = Date.now() % 100000;
const owner = `powner${suffix}`;
const invitee = `pguest${suffix}`;
const project = `web-team-${suffix}`;
const PASSWORD = 'project-pw-1';

const browser = browserForFile(baseUrl, async () => {
  // Two tenants made through the API; invitations are required, so adding an account invites it.
  const admin = await apiSession(baseUrl, 'admin', ADMIN_PASSWORD);
  for (const username of [owner, invitee]) {
    await admin.execute('createAccount', { username, password: PASSWORD, accounttype: 0, email: `${username}@example.org`, firstname: 'Project', lastname: 'Test' });
  }
  await admin.execute('updateConfiguration', { name: 'project.invite.required', value: 'true' });
});

afterAll(async () => {
  const admin = await apiSession(baseUrl, 'admin', ADMIN_PASSWORD);
  await admin.execute('updateConfiguration', { name: 'project.invite.required', value: 'false' });
});

describe('projects', () => {
  it('a tenant creates a project and invites another account, which accepts and works in it', async () => {
    const { page } = browser;
    await uiLogin(page, baseUrl, owner, PASSWORD);
    await page.getByRole('menuitem', { name: 'Projects' }).click();
    await page.waitForURL(/\/client\/projects/);
    await page.getByRole('button', { name: 'New project' }).click();
    const create = page.getByRole('dialog', { name: 'New project' });
    await create.getByLabel('Name').fill(project);
    await create.getByLabel('Description').fill('The web team');
    await shot(page, 'projects-01-create');
    await create.getByRole('button', { name: 'Create' }).click();
    await create.waitFor({ state: 'hidden', timeout: 60000 });
    const row = page.getByRole('row').filter({ hasText: project });
    await row.getByText('Active').waitFor({ timeout: 30000 });

    await row.getByRole('button', { name: 'Add account' }).click();
    const invite = page.getByRole('dialog', { name: `Add an account to ${project}` });
    await invite.getByLabel('Account name').fill(invitee);
    await shot(page, 'projects-02-invite');
    await invite.getByRole('button', { name: 'Add account' }).click();
    await invite.waitFor({ state: 'hidden', timeout: 60000 });

    // The invitee has a pending invitation and is no member yet.
    const guest = await apiSession(baseUrl, invitee, PASSWORD);
    const pending = await guest.list<{ project: string; state: string }>('listProjectInvitations', {});
    expect(pending.items.map((i) => [i.project, i.state])).toEqual([[project, 'Pending']]);
    expect((await guest.list('listProjects', {})).items).toEqual([]);

    await page.getByRole('button', { name: owner }).hover();
    await page.getByRole('menuitem', { name: 'Log out' }).click();
    await page.waitForURL(/\/client\/login/);

    // The invitee accepts on the projects page and switches into the project.
    await uiLogin(page, baseUrl, invitee, PASSWORD);
    await page.goto(`${baseUrl}/client/projects`);
    const card = page.locator('.ant-card').filter({ hasText: 'Invitations to me' });
    await card.getByText(project).waitFor({ timeout: 30000 });
    await shot(page, 'projects-03-invitation');
    await card.getByRole('button', { name: 'Accept' }).click();
    await page.getByRole('row').filter({ hasText: project }).waitFor({ timeout: 60000 });
    await card.getByText('No pending invitations').waitFor();
    await page.getByRole('combobox', { name: 'Project' }).click();
    await page.locator('.ant-select-item-option').filter({ hasText: project }).click();
    await page.getByRole('banner').locator('.ant-select').filter({ hasText: project }).waitFor();
    // The choice stays while moving around: lists now show the project's resources.
    await page.goto(`${baseUrl}/client/compute/instances`);
    await page.getByRole('banner').locator('.ant-select').filter({ hasText: project }).waitFor();
    await shot(page, 'projects-04-in-project');

    const members = await guest.list<{ account: string; role: string }>('listProjectAccounts', {
      projectid: (await guest.list<{ id: string; name: string }>('listProjects', {})).items.find((p) => p.name === project)!.id,
    });
    expect(members.items.map((m) => [m.account, m.role]).sort()).toEqual([[invitee, 'Regular'], [owner, 'Admin']].sort());
    expect(browser.offSite).toEqual([]);
  });
});
