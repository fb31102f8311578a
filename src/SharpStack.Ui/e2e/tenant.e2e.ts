import { describe, expect, inject, it } from 'vitest';
import { apiSession } from './api';
import { browserForFile, shot, uiLogin } from './browser';
import { ADMIN_PASSWORD } from './server';

const baseUrl = inject('baseUrl');
const tenant = `tenant${Date.now() % 100000}`;
const tenantPassword = 'tenant-pw-1';
let vmId = '';

const browser = browserForFile(baseUrl);

describe('tenant', () => {
  it('is created by the root admin in the accounts page', async () => {
    const { page } = browser;
    await uiLogin(page, baseUrl, 'admin', ADMIN_PASSWORD);
    await page.goto(`${baseUrl}/client/accounts`);
    await page.getByRole('button', { name: 'Add account' }).click();
    const dialog = page.getByRole('dialog', { name: 'New account' });
    await dialog.getByLabel('Role').click();
    await page.locator('.ant-select-item-option').filter({ hasText: /^User \(User\)$/ }).click();
    await dialog.getByLabel('User name').fill(tenant);
    await dialog.getByLabel('Password', { exact: true }).fill(tenantPassword);
    await dialog.getByLabel('Confirm password').fill(tenantPassword);
    await dialog.getByLabel('Email').fill(`${tenant}@example.org`);
    await dialog.getByLabel('First name').fill('Tenant');
    await dialog.getByLabel('Last name').fill('One');
    await shot(page, 'tenant-01-create-account');
    await dialog.getByRole('button', { name: 'Create' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('row').filter({ hasText: tenant }).waitFor();
    await shot(page, 'tenant-02-accounts');
    // Log out through the user menu.
    await page.getByRole('button', { name: 'admin' }).hover();
    await page.getByRole('menuitem', { name: 'Log out' }).click();
    await page.waitForURL(/\/client\/login/);
  });

  it('logs in and deploys an instance with the deploy wizard, then sees it Running', async () => {
    const { page } = browser;
    await uiLogin(page, baseUrl, tenant, tenantPassword);
    // The tenant's menu has no infrastructure.
    await expect(page.getByRole('menuitem', { name: 'Infrastructure' }).count()).resolves.toBe(0);
    await page.goto(`${baseUrl}/client/compute/instances`);
    await page.getByRole('button', { name: 'Add instance' }).click();
    const next = () => page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('row').filter({ hasText: 'Demo' }).click();
    await next();
    await page.getByRole('row').filter({ hasText: 'Simulator Demo Template' }).click();
    await next();
    await page.getByRole('row').filter({ hasText: 'Small Instance' }).click();
    await next();
    await page.getByLabel('Root disk size (GB)').waitFor();
    await next();
    await page.getByLabel('Name', { exact: true }).fill('web-1');
    await next();
    await shot(page, 'tenant-03-deploy-review');
    await page.getByRole('button', { name: 'Deploy', exact: true }).click();
    const done = page.getByRole('dialog', { name: 'Instance web-1 deployed' });
    await done.waitFor({ timeout: 60000 });
    await shot(page, 'tenant-04-deployed');
    await done.getByRole('button', { name: 'Go to instances' }).click();

    const row = page.getByRole('row').filter({ hasText: 'web-1' });
    await row.getByText('Running').waitFor({ timeout: 30000 });
    await shot(page, 'tenant-05-instances');
    await row.getByRole('link', { name: 'web-1' }).click();
    await page.waitForURL(/\/client\/compute\/instances\/[0-9a-f-]{36}$/);
    vmId = page.url().split('/').pop()!;
    await page.getByRole('heading', { name: /web-1/ }).getByText('Running').waitFor();
    await shot(page, 'tenant-06-instance-detail');

    const api = await apiSession(baseUrl, tenant, tenantPassword);
    const vms = await api.list<{ id: string; name: string; state: string; account: string }>('listVirtualMachines', { id: vmId });
    expect(vms.items.map((v) => [v.name, v.state, v.account])).toEqual([['web-1', 'Running', tenant]]);
    expect(browser.offSite).toEqual([]);
  });

  it('takes a snapshot of the root volume and sees it Backed up', async () => {
    const { page } = browser;
    expect(vmId).not.toBe('');
    await page.goto(`${baseUrl}/client/storage/volumes`);
    const row = page.getByRole('row').filter({ hasText: 'web-1' }).filter({ hasText: 'Root' });
    await row.getByRole('button', { name: 'Take snapshot' }).click();
    const dialog = page.getByRole('dialog', { name: /^Snapshot of ROOT-/ });
    await dialog.getByLabel('Snapshot name').fill('before-upgrade');
    await shot(page, 'tenant-07-take-snapshot');
    await dialog.getByRole('button', { name: 'Take snapshot' }).click();
    await dialog.waitFor({ state: 'hidden', timeout: 60000 });

    await page.goto(`${baseUrl}/client/storage/snapshots`);
    const snap = page.getByRole('row').filter({ hasText: 'before-upgrade' });
    await snap.getByText('Backed up').waitFor({ timeout: 60000 });
    await shot(page, 'tenant-08-snapshots');

    const api = await apiSession(baseUrl, tenant, tenantPassword);
    const snaps = await api.list<{ name: string; state: string; volumetype: string }>('listSnapshots', { name: 'before-upgrade' });
    expect(snaps.items.map((s) => [s.name, s.state, s.volumetype])).toEqual([['before-upgrade', 'BackedUp', 'ROOT']]);
    expect(browser.offSite).toEqual([]);
  });

  it('adds a firewall rule and a port forwarding rule to the network\u2019s public IP', async () => {
    const { page } = browser;
    expect(vmId).not.toBe('');
    const api = await apiSession(baseUrl, tenant, tenantPassword);
    const ips = await api.list<{ id: string; ipaddress: string; issourcenat: boolean }>('listPublicIpAddresses', {});
    const ip = ips.items.find((i) => i.issourcenat)!;
    expect(ip).toBeDefined();

    await page.goto(`${baseUrl}/client/network/public-ips/${ip.id}?tab=firewall`);
    await page.getByRole('button', { name: 'Add rule' }).click();
    const firewall = page.getByRole('dialog', { name: `New firewall rule for ${ip.ipaddress}` });
    await firewall.getByLabel('Start port').fill('22');
    await firewall.getByLabel('End port').fill('22');
    await firewall.getByLabel('Source CIDRs').fill('198.51.100.0/24');
    await shot(page, 'tenant-09-firewall-rule');
    await firewall.getByRole('button', { name: 'Add rule' }).click();
    await firewall.waitFor({ state: 'hidden', timeout: 60000 });
    await page.getByRole('row').filter({ hasText: '198.51.100.0/24' }).waitFor({ timeout: 30000 });

    await page.goto(`${baseUrl}/client/network/public-ips/${ip.id}?tab=forwarding`);
    await page.getByRole('button', { name: 'Add rule' }).click();
    const forwarding = page.getByRole('dialog', { name: `New port forwarding rule for ${ip.ipaddress}` });
    await forwarding.getByLabel('Public port', { exact: true }).fill('8080');
    await forwarding.getByLabel('Private port', { exact: true }).fill('80');
    await forwarding.getByLabel('Instance').click();
    await page.locator('.ant-select-item-option').filter({ hasText: 'web-1' }).click();
    await shot(page, 'tenant-10-port-forwarding-rule');
    await forwarding.getByRole('button', { name: 'Add rule' }).click();
    await forwarding.waitFor({ state: 'hidden', timeout: 60000 });
    await page.getByRole('row').filter({ hasText: '8080' }).waitFor({ timeout: 30000 });
    await shot(page, 'tenant-11-port-forwarding');

    const firewallRules = await api.list<{ startport: number; cidrlist: string }>('listFirewallRules', { ipaddressid: ip.id });
    expect(firewallRules.items.map((r) => [r.startport, r.cidrlist]).sort()).toEqual([[22, '198.51.100.0/24'], [8080, '0.0.0.0/0']]);
    const forwards = await api.list<{ publicport: string; privateport: string; virtualmachineid: string }>('listPortForwardingRules', { ipaddressid: ip.id });
    expect(forwards.items.map((r) => [r.publicport, r.privateport, r.virtualmachineid])).toEqual([['8080', '80', vmId]]);
    expect(browser.offSite).toEqual([]);
  });

  it('creates a load balancer rule on the network\u2019s public IP, puts the instance behind it and adds stickiness and a health check', async () => {
    const { page } = browser;
    expect(vmId).not.toBe('');
    const api = await apiSession(baseUrl, tenant, tenantPassword);
    const ips = await api.list<{ id: string; ipaddress: string; issourcenat: boolean }>('listPublicIpAddresses', {});
    const ip = ips.items.find((i) => i.issourcenat)!;

    await page.goto(`${baseUrl}/client/network/public-ips/${ip.id}?tab=loadbalancing`);
    await page.getByRole('button', { name: 'Add load balancer' }).click();
    const create = page.getByRole('dialog', { name: `New load balancer rule on ${ip.ipaddress}` });
    await create.getByLabel('Name').fill('web-lb');
    await create.getByLabel('Public port').fill('80');
    await create.getByLabel('Private port').fill('80');
    await shot(page, 'tenant-12-load-balancer-rule');
    await create.getByRole('button', { name: 'Add rule' }).click();
    await create.waitFor({ state: 'hidden', timeout: 60000 });
    const ruleRow = page.getByRole('row').filter({ hasText: 'web-lb' });
    await ruleRow.getByRole('button', { name: /expand/i }).click();

    await page.getByRole('button', { name: 'Assign instances' }).click();
    const assign = page.getByRole('dialog', { name: 'Assign instances to web-lb' });
    await assign.getByLabel('Instances').click();
    await page.locator('.ant-select-item-option').filter({ hasText: 'web-1' }).click();
    await assign.getByText('Assign instances to web-lb').click();
    await assign.getByRole('button', { name: 'Assign instances' }).click();
    await assign.waitFor({ state: 'hidden', timeout: 60000 });
    await page.getByRole('table', { name: 'Instances of web-lb' }).getByRole('link', { name: 'web-1' }).waitFor({ timeout: 30000 });

    await page.getByRole('button', { name: 'Add Stickiness policy' }).click();
    const sticky = page.getByRole('dialog', { name: 'Stickiness policy of web-lb' });
    await sticky.getByLabel('Name', { exact: true }).fill('sticky');
    await sticky.getByLabel('cookie-name', { exact: true }).fill('SRV');
    await sticky.getByRole('button', { name: 'Create' }).click();
    await sticky.waitFor({ state: 'hidden', timeout: 60000 });
    await page.getByRole('button', { name: 'Delete Stickiness policy' }).waitFor({ timeout: 30000 });
    await page.getByRole('button', { name: 'Add Health check' }).click();
    const health = page.getByRole('dialog', { name: 'Health check of web-lb' });
    await health.getByLabel('Ping path').fill('/health');
    await health.getByRole('button', { name: 'Create' }).click();
    await health.waitFor({ state: 'hidden', timeout: 60000 });
    await page.getByRole('button', { name: 'Delete Health check' }).waitFor({ timeout: 30000 });
    await shot(page, 'tenant-13-load-balancer-instances');

    const rules = await api.list<{ id: string; name: string; publicport: string; privateport: string; algorithm: string }>('listLoadBalancerRules', { publicipid: ip.id });
    expect(rules.items.map((r) => [r.name, r.publicport, r.privateport, r.algorithm])).toEqual([['web-lb', '80', '80', 'roundrobin']]);
    const members = await api.list<{ id: string }>('listLoadBalancerRuleInstances', { id: rules.items[0].id });
    expect(members.items.map((m) => m.id)).toEqual([vmId]);
    const stickiness = await api.list<{ stickinesspolicy: { methodname: string; params: Record<string, string> }[] }>('listLBStickinessPolicies', { lbruleid: rules.items[0].id });
    expect(stickiness.items[0].stickinesspolicy.map((p) => [p.methodname, p.params['cookie-name']])).toEqual([['LbCookie', 'SRV']]);
    const checks = await api.list<{ healthcheckpolicy: { pingpath: string }[] }>('listLBHealthCheckPolicies', { lbruleid: rules.items[0].id });
    expect(checks.items[0].healthcheckpolicy.map((p) => p.pingpath)).toEqual(['/health']);
    expect(browser.offSite).toEqual([]);
  });

  // The demo zone is Advanced without security groups, so instances cannot join one there; groups and their rules can still be made.
  it('creates a security group and allows HTTPS into it from a CIDR', async () => {
    const { page } = browser;
    await page.goto(`${baseUrl}/client/network/security-groups`);
    await page.getByRole('button', { name: 'Add security group' }).click();
    const create = page.getByRole('dialog', { name: 'New security group' });
    await create.getByLabel('Name').fill('web-sg');
    await create.getByLabel('Description').fill('Web servers');
    await create.getByRole('button', { name: 'Create' }).click();
    await create.waitFor({ state: 'hidden' });
    await page.getByRole('link', { name: 'web-sg' }).click();
    await page.waitForURL(/\/client\/network\/security-groups\/[0-9a-f-]{36}$/);

    await page.getByRole('button', { name: 'Add rule' }).click();
    const rule = page.getByRole('dialog', { name: 'New ingress rule of web-sg' });
    await rule.getByLabel('Start port').fill('443');
    await rule.getByLabel('CIDRs').fill('198.51.100.0/24');
    await shot(page, 'tenant-14-security-group-rule');
    await rule.getByRole('button', { name: 'Add rule' }).click();
    await rule.waitFor({ state: 'hidden', timeout: 60000 });
    await page.getByRole('table', { name: 'Ingress rules' }).getByRole('row').filter({ hasText: '198.51.100.0/24' }).waitFor({ timeout: 30000 });
    await shot(page, 'tenant-15-security-group');

    const api = await apiSession(baseUrl, tenant, tenantPassword);
    const groups = await api.list<{ name: string; ingressrule: { protocol: string; startport: number; endport: number; cidr: string }[] }>('listSecurityGroups', { securitygroupname: 'web-sg' });
    expect(groups.items.map((g) => [g.name, g.ingressrule.map((r) => [r.protocol, r.startport, r.endport, r.cidr])])).toEqual([['web-sg', [['tcp', 443, 443, '198.51.100.0/24']]]]);
    expect(browser.offSite).toEqual([]);
  });
});
