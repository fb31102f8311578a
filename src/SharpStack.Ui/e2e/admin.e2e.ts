import { describe, expect, inject, it } from 'vitest';
import { apiSession } from './api';
import { browserForFile, shot, uiLogin } from './browser';
import { ADMIN_PASSWORD } from './server';

const baseUrl = inject('baseUrl');

const browser = browserForFile(baseUrl);

describe('root admin', () => {
  it('logs in with user name, password and domain and sees the dashboard', async () => {
    const { page } = browser;
    await page.goto(`${baseUrl}/client/`);
    await page.waitForURL(/\/client\/login/);
    await shot(page, 'admin-01-login');
    await uiLogin(page, baseUrl, 'admin', ADMIN_PASSWORD, '/');
    await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
    await expect(page.locator('.ant-alert-error').count()).resolves.toBe(0);
    await shot(page, 'admin-02-dashboard');
    expect(browser.offSite).toEqual([]);
  });

  it('builds an Advanced zone of simulated hosts with the zone wizard and sees it Enabled', async () => {
    const { page } = browser;
    const name = `wizard-zone-${Date.now() % 100000}`;
    await page.goto(`${baseUrl}/client/infra/zones/new`);
    await page.getByRole('heading', { name: 'Add zone' }).waitFor();
    const next = () => page.getByRole('button', { name: 'Next' }).click();
    // Zone: only stored values, nothing is ever contacted.
    await page.getByLabel('Name', { exact: true }).fill(name);
    await page.getByLabel('Public DNS').fill('192.0.2.53');
    await page.getByLabel('Internal DNS').fill('192.0.2.54');
    await page.getByLabel('Guest CIDR').fill('10.91.0.0/24');
    await shot(page, 'admin-03-wizard-zone');
    await next();
    await page.getByLabel('Physical network').waitFor();
    await next();
    // Pod: the management range of the simulated hosts.
    await page.getByLabel('Gateway').fill('10.92.0.1');
    await page.getByLabel('Netmask').fill('255.255.255.0');
    await page.getByLabel('Start IP').fill('10.92.0.200');
    await page.getByLabel('End IP').fill('10.92.0.250');
    await next();
    // Public IPs (documentation range; the demo zone has 203.0.113.10-200).
    await page.getByLabel('Gateway').fill('198.51.100.1');
    await page.getByLabel('Netmask').fill('255.255.255.0');
    await page.getByLabel('Start IP').fill('198.51.100.10');
    await page.getByLabel('End IP').fill('198.51.100.50');
    await next();
    // Cluster: Simulator (the default); host: a simulated host URL (the default).
    await page.getByLabel('Name', { exact: true }).waitFor();
    await next();
    await expect(page.getByLabel('Host URL').inputValue()).resolves.toBe('http://sim/c1/h1');
    await next();
    // Storage: NFS URLs are only validated for simulated hosts, never mounted.
    await page.getByLabel('URL').fill('nfs://203.0.113.20/export/wizard-primary');
    await next();
    await page.getByLabel('URL').fill('nfs://203.0.113.20/export/wizard-secondary');
    await next();
    await page.getByRole('button', { name: 'Launch zone' }).waitFor();
    await shot(page, 'admin-04-wizard-review');
    await page.getByRole('button', { name: 'Launch zone' }).click();
    await page.getByText('The zone is ready and enabled').waitFor({ timeout: 60000 });
    await shot(page, 'admin-05-wizard-launched');

    await page.getByRole('button', { name: 'Go to zones' }).click();
    const row = page.getByRole('row').filter({ hasText: name });
    await row.getByText('Enabled').waitFor();
    await shot(page, 'admin-06-zones');

    // The server agrees: the zone is enabled, with its host Up.
    const api = await apiSession(baseUrl, 'admin', ADMIN_PASSWORD);
    const zones = await api.list<{ id: string; name: string; allocationstate: string }>('listZones', { name });
    expect(zones.items.map((z) => [z.name, z.allocationstate])).toEqual([[name, 'Enabled']]);
    const hosts = await api.list<{ state: string; type: string }>('listHosts', { zoneid: zones.items[0].id, type: 'Routing' });
    expect(hosts.items.map((h) => h.state)).toEqual(['Up']);
    expect(browser.offSite).toEqual([]);
  });
});
