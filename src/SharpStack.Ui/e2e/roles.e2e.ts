import type { Request } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { NAV_ITEMS, type NavItem } from '../src/layout/navigation';
import { apiSession } from './api';
import { browserForFile, shot, uiLogin } from './browser';
import { ADMIN_PASSWORD } from './server';

const baseUrl = inject('baseUrl');
const suffix = Date.now() % 100000;
const PASSWORD = 'role-test-pw';
/** Failed API calls and uncaught page errors seen since the last check. */
let problems: string[] = [];
/** API calls of the current document still waiting for their answer. */
const inFlight = new Set<Request>();

interface Role {
  title: string;
  username: string;
  password: string;
  domain: string;
  rootAdmin: boolean;
}

const roles: Role[] = [
  { title: 'root admin', username: 'admin', password: ADMIN_PASSWORD, domain: '/', rootAdmin: true },
  { title: 'domain admin', username: `dadmin${suffix}`, password: PASSWORD, domain: `/roles${suffix}/`, rootAdmin: false },
  { title: 'user', username: `user${suffix}`, password: PASSWORD, domain: `/roles${suffix}/`, rootAdmin: false },
];

const browser = browserForFile(baseUrl, async () => {
  // A child domain with a domain admin and a user, made through the API.
  const admin = await apiSession(baseUrl, 'admin', ADMIN_PASSWORD);
  const domain = await admin.execute('createDomain', { name: `roles${suffix}` });
  const domainid = (domain.domain as { id: string }).id;
  for (const [username, accounttype] of [[`dadmin${suffix}`, 2], [`user${suffix}`, 0]] as const) {
    await admin.execute('createAccount', { username, password: PASSWORD, accounttype, domainid, email: `${username}@example.org`, firstname: 'Role', lastname: 'Test' });
  }
});

beforeAll(() => {
  const { page } = browser;
  page.on('response', (r) => {
    if (r.url().endsWith('/client/api') && r.status() >= 400) problems.push(`API ${r.status()}: ${r.request().postData()?.match(/command=(\w+)/)?.[1]}`);
  });
  page.on('request', (r) => r.url().endsWith('/client/api') && inFlight.add(r));
  page.on('requestfinished', (r) => inFlight.delete(r));
  page.on('requestfailed', (r) => inFlight.delete(r));
  // A call cut off by loading another document may never report: forget the old document's calls.
  page.on('domcontentloaded', () => inFlight.clear());
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
});

/** The menu's pages a role should see: what its listApis allows, infrastructure for root admins only. */
function expectedPages(items: NavItem[], apis: Set<string>, rootAdmin: boolean): string[] {
  return items.flatMap((i) => {
    if (i.rootAdminOnly && !rootAdmin) return [];
    if (i.children) return expectedPages(i.children, apis, rootAdmin);
    return !i.api || apis.has(i.api) ? [i.path] : [];
  });
}

/** Waits until no API call has been in flight for 300 ms; after 15 s that is a problem. */
async function apiQuiet(): Promise<void> {
  const deadline = Date.now() + 15000;
  let quietSince = Date.now();
  while (Date.now() < deadline) {
    if (inFlight.size > 0) quietSince = Date.now();
    else if (Date.now() - quietSince >= 300) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  problems.push(`API calls still unanswered after 15 s: ${inFlight.size}`);
}

const sideMenu = () => browser.page.locator('.ant-layout-sider .ant-menu').first();

/** Opens each closed menu group once and waits until it shows as open (a second click would close it). */
async function openGroups(): Promise<void> {
  const groups = sideMenu().locator(':scope > li.ant-menu-submenu');
  const open = browser.page.locator('li.ant-menu-submenu-open');
  for (let i = 0, n = await groups.count(); i < n; i++) {
    const group = groups.nth(i);
    if ((await group.and(open).count()) > 0) continue;
    await group.locator(':scope > .ant-menu-submenu-title').click();
    await group.and(open).waitFor();
  }
}

/** Opens every menu group and reads the pages the menu links to. */
async function menuPages(): Promise<string[]> {
  await openGroups();
  const menu = sideMenu();
  const ids = await menu.locator('li.ant-menu-item').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-menu-id') ?? ''));
  return ids.map((id) => id.slice(id.indexOf('/')));
}

describe('every screen for the three role types', () => {
  for (const role of roles) {
    it(`${role.title}: the menu shows only what the role may see, and each of its screens loads without an error`, async () => {
      const { page } = browser;
      const api = await apiSession(baseUrl, role.username, role.password, role.domain);
      const apis = new Set((await api.list<{ name: string }>('listApis')).items.map((a) => a.name));
      const expected = expectedPages(NAV_ITEMS, apis, role.rootAdmin);

      await page.context().clearCookies();
      await page.goto(`${baseUrl}/client/login`);
      await page.evaluate(() => localStorage.clear());
      await uiLogin(page, baseUrl, role.username, role.password, role.domain);
      await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
      const shown = await menuPages();
      await shot(page, `roles-${role.title.replace(' ', '-')}-menu`);
      expect(shown.sort()).toEqual([...expected].sort());
      expect(shown.some((p) => p.startsWith('/infra/'))).toBe(role.rootAdmin);
      if (!role.rootAdmin) {
        expect(apis.has('createZone')).toBe(false);
        // A page the menu hides is refused when opened directly.
        await page.goto(`${baseUrl}/client/infra/hosts`);
        await page.getByText('Your role may not use this page.').waitFor();
      }

      problems = [];
      const failures: string[] = [];
      for (const path of shown) {
        // Through the menu, as a user goes: the app stays loaded.
        await openGroups();
        await page.locator(`.ant-layout-sider li.ant-menu-item[data-menu-id$="${path}"]`).click();
        const want = `/client${path}`.replace(/\/$/, '');
        await page.waitForURL((u) => u.pathname.replace(/\/$/, '') === want, { waitUntil: 'commit' });
        await page.locator('h3').first().waitFor();
        await apiQuiet();
        const errors = await page.locator('.ant-alert-error, .ant-message-notice-error, .ant-notification-notice-error').allInnerTexts();
        const refused = await page.getByText(/Your role may not use this page|There is no such page/).count();
        await shot(page, `roles-${role.title.replace(' ', '-')}${path.replaceAll('/', '-')}`);
        if (errors.length > 0 || refused > 0 || problems.length > 0) failures.push(`${path}: ${[...errors, ...problems].join('; ') || 'refused'}`);
        problems = [];
      }
      expect(failures).toEqual([]);
      expect(browser.offSite).toEqual([]);
    }, 180000); // some 20 screens, each waited for until its API calls are answered
  }
});
