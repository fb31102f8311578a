import { describe, expect, inject, it } from 'vitest';
import { apiSession } from './api';
import { browserForFile, shot, uiLogin } from './browser';
import { ADMIN_PASSWORD, fillInstances } from './server';

const baseUrl = inject('baseUrl');
const dataDir = inject('dataDir');
const COUNT = 10000;
const tenant = `scale${Date.now() % 100000}`;
const PASSWORD = 'scale-pw-1';

const browser = browserForFile(baseUrl, async () => {
  // The tenant and one instance through the API; 9,999 copies of it straight into the database.
  const admin = await apiSession(baseUrl, 'admin', ADMIN_PASSWORD);
  await admin.execute('createAccount', { username: tenant, password: PASSWORD, accounttype: 0, email: `${tenant}@example.org`, firstname: 'Scale', lastname: 'Test' });
  const api = await apiSession(baseUrl, tenant, PASSWORD);
  const zone = (await api.list<{ id: string }>('listZones', { name: 'Demo' })).items[0];
  const template = (await api.list<{ id: string }>('listTemplates', { templatefilter: 'featured', name: 'Simulator Demo Template', zoneid: zone.id })).items[0];
  const offering = (await api.list<{ id: string }>('listServiceOfferings', { name: 'Small Instance' })).items[0];
  await api.execute('deployVirtualMachine', { zoneid: zone.id, templateid: template.id, serviceofferingid: offering.id, name: 'scale-0' });
  console.log(await fillInstances(dataDir, tenant, COUNT));
  const count = (await api.list('listVirtualMachines', { pagesize: 1, page: 1 })).count;
  expect(count).toBe(COUNT);
});

/** Put in each page before it loads: whether the table has rows and the pager tells the whole count (the first page is drawn). */
function defineFirstPageShown() {
  (window as unknown as Probe).__firstPageShown = (count: number) => {
    const pager = document.querySelector('.ant-pagination')?.textContent ?? '';
    return document.querySelectorAll('.ant-table-tbody tr.ant-table-row').length > 0 && pager.includes(`${count} in all`);
  };
}

interface Probe {
  __firstPageShown: (count: number) => boolean;
  __t0?: number;
}

describe(`a tenant with ${COUNT} instances`, () => {
  it('sees the first page of the instance list (time measured in the browser, printed, not asserted)', async () => {
    const { page } = browser;
    await page.addInitScript(defineFirstPageShown);
    await uiLogin(page, baseUrl, tenant, PASSWORD);

    // Opened from the menu, as a user goes: from the click until the first page's rows are drawn.
    await page.getByRole('menuitem', { name: 'Compute' }).click();
    const menuItem = page.getByRole('menuitem', { name: 'Instances' });
    await menuItem.waitFor();
    const fromMenu = await (
      await page.waitForFunction(
        (count) => {
          const w = window as unknown as Probe;
          if (w.__t0 === undefined) {
            w.__t0 = performance.now();
            (document.querySelector('.ant-layout-sider li.ant-menu-item[data-menu-id$="/compute/instances"]') as HTMLElement).click();
            return false;
          }
          return w.__firstPageShown(count) ? performance.now() - w.__t0 : false;
        },
        COUNT,
        { polling: 'raf', timeout: 30000 },
      )
    ).jsonValue();
    await shot(page, 'scale-01-instances-from-menu');

    // Loaded afresh (a bookmark or reload): from the navigation's start until the rows are drawn.
    await page.goto(`${baseUrl}/client/compute/instances`, { waitUntil: 'commit' });
    const fromLoad = await (
      await page.waitForFunction((count) => ((window as unknown as Probe).__firstPageShown(count) ? performance.now() : false), COUNT, { polling: 'raf', timeout: 30000 })
    ).jsonValue();
    await shot(page, 'scale-02-instances-page-load');

    const rows = await page.locator('.ant-table-tbody tr.ant-table-row').count();
    console.log(`instance list first page with ${COUNT} instances: ${Math.round(fromMenu as number)} ms from the menu click, ${Math.round(fromLoad as number)} ms for a fresh page load (${rows} rows drawn)`);
    expect(rows).toBeGreaterThan(0);
    expect(browser.offSite).toEqual([]);
  });
});
