import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeClient, reply } from '../../../test/fakeServer';
import { renderRoute, staticAuth } from '../../../test/render';
import DeployInstancePage from './DeployInstancePage';
import { deployParams, encodeUserData, HOST_NAME } from './deployParams';

// The wizard walks many steps; give a busy machine time for each.
configure({ asyncUtilTimeout: 5000 });

const offerings = [
  { id: 'so-small', name: 'Small', cpunumber: 1, cpuspeed: 1000, memory: 512 },
  { id: 'so-custom', name: 'Flexible', iscustomized: true },
];
const diskOfferings = [
  { id: 'do-20', name: 'Twenty', disksize: 20 },
  { id: 'do-custom', name: 'Any size', disksize: 0, iscustomized: true },
];
const USER_DATA = '#cloud-config\npackages: [nginx]\n# café ☕\n';

function server(job: 'ok' | 'fail' = 'ok') {
  return fakeClient((command) => {
    switch (command) {
      case 'listZones':
        return reply(command, { count: 2, zone: [{ id: 'z1', name: 'Demo', networktype: 'Advanced' }, { id: 'z2', name: 'Other', networktype: 'Basic' }] });
      case 'listTemplates':
        return reply(command, { count: 1, template: [{ id: 't1', name: 'ubuntu-22', ostypename: 'Ubuntu 22.04 (64-bit)', hypervisor: 'Simulator', size: 2147483648, zoneid: 'z1' }] });
      case 'listServiceOfferings':
        return reply(command, { count: offerings.length, serviceoffering: offerings });
      case 'listDiskOfferings':
        return reply(command, { count: diskOfferings.length, diskoffering: diskOfferings });
      case 'listSSHKeyPairs':
        return reply(command, { count: 1, sshkeypair: [{ name: 'laptop', fingerprint: 'aa' }] });
      case 'listAffinityGroups':
        return reply(command, { count: 2, affinitygroup: [{ id: 'ag1', name: 'spread', type: 'host anti-affinity' }, { id: 'ag2', name: 'pair', type: 'host affinity' }] });
      case 'listSecurityGroups':
        return reply(command, { count: 2, securitygroup: [{ id: 'sg1', name: 'default' }, { id: 'sg2', name: 'web', description: 'Web servers' }] });
      case 'deployVirtualMachine':
        return reply(command, { jobid: 'job-d', id: 'v9' });
      case 'queryAsyncJobResult':
        return job === 'ok'
          ? reply(command, {
              jobid: 'job-d',
              jobstatus: 1,
              jobresult: { virtualmachine: { id: 'v9', name: 'web-2', displayname: 'Web two', state: 'Running', zonename: 'Demo', password: 'Xy7pQ2mn', nic: [{ id: 'n', ipaddress: '10.1.1.20' }] } },
            })
          : reply(command, { jobid: 'job-d', jobstatus: 2, jobresultcode: 533, jobresult: { errorcode: 533, errortext: 'Unable to create a deployment for VM-x: no host has 64 GB free' } });
      default:
        return reply(command, {});
    }
  });
}

const next = () => fireEvent.click(screen.getByRole('button', { name: 'Next' }));
const fill = async (label: string, value: string) => fireEvent.change(await screen.findByLabelText(label), { target: { value } });

async function toOfferings(calls: ReturnType<typeof server>['calls']) {
  fireEvent.click(await screen.findByText('Demo'));
  next();
  fireEvent.click(await screen.findByText('ubuntu-22'));
  const templates = calls.find((c) => c.command === 'listTemplates')!.form;
  expect([templates.get('templatefilter'), templates.get('zoneid')]).toEqual(['executable', 'z1']);
  next();
  await screen.findByText('Flexible');
  expect(calls.find((c) => c.command === 'listServiceOfferings')!.form.get('zoneid')).toBe('z1');
}

describe('deployParams', () => {
  it('encodes user data as base64 of its UTF-8 bytes', () => {
    expect(encodeUserData('hi')).toBe('aGk=');
    expect(atob(encodeUserData('é'))).toBe('\u00c3\u00a9');
  });
  it('sends the sizes of a customized offering as details and only what it leaves open', () => {
    const p = deployParams(
      { zoneid: 'z', templateid: 't', serviceofferingid: 'o', cpuNumber: 2, cpuSpeed: 900, memory: 1024, startvm: false },
      { offering: { id: 'o', name: 'o', iscustomized: true, cpuspeed: 2000 } },
    );
    expect(p).toMatchObject({ 'details[0].cpuNumber': 2, 'details[0].memory': 1024, startvm: false });
    expect(p['details[0].cpuSpeed']).toBeUndefined();
    expect(p.affinitygroupids).toBeUndefined();
    expect(deployParams({ zoneid: 'z', templateid: 't', serviceofferingid: 'o', affinitygroupids: ['a', 'b'] }, {}).affinitygroupids).toEqual(['a', 'b']);
  });
  it('sends security groups only for a zone that has them', () => {
    const v = { zoneid: 'z', templateid: 't', serviceofferingid: 'o', securitygroupids: ['sg'] };
    expect(deployParams(v, { zone: { id: 'z', name: 'z', networktype: 'Basic' } }).securitygroupids).toEqual(['sg']);
    expect(deployParams(v, { zone: { id: 'z', name: 'z', networktype: 'Advanced', securitygroupsenabled: true } }).securitygroupids).toEqual(['sg']);
    expect(deployParams(v, { zone: { id: 'z', name: 'z', networktype: 'Advanced' } }).securitygroupids).toBeUndefined();
  });
  it('checks host names as the server does', () => {
    expect(['web-1', 'a', 'A'.repeat(63)].every((n) => HOST_NAME.test(n))).toBe(true);
    expect(['1web', '-web', 'web-', 'web_1', 'a'.repeat(64), 'wéb'].some((n) => HOST_NAME.test(n))).toBe(false);
  });
});

describe('DeployInstancePage', () => {
  it('deploys with a custom offering, a custom data disk and base64 user data, then shows the password once', async () => {
    const { client, calls } = server();
    renderRoute(<DeployInstancePage />, { client, url: '/compute/instances/new', path: '/compute/instances/new', auth: staticAuth() });
    await waitFor(() => expect(calls.find((c) => c.command === 'listZones')?.form.get('available')).toBe('true'));
    // nothing picked: Next stays
    next();
    expect(await screen.findByText('Pick one')).toBeTruthy();
    await toOfferings(calls);

    fireEvent.click(screen.getByText('Flexible'));
    expect(await screen.findByText(/This offering is customized/)).toBeTruthy();
    next();
    await waitFor(() => expect(screen.getAllByText('Required')).toHaveLength(3));
    await fill('CPU cores', '2');
    await fill('CPU speed (MHz)', '1500');
    await fill('Memory (MB)', '2048');
    next();

    const disk = await screen.findByRole('combobox', { name: /^Data disk/ });
    fireEvent.mouseDown(disk);
    fireEvent.click(await screen.findByTitle('Any size (Custom)'));
    await fill('Data disk size (GB)', '20');
    await fill('Root disk size (GB)', '30');
    expect(screen.getByText('The template is 2 GiB')).toBeTruthy();
    next();

    await fill('Name', '1bad');
    next();
    expect(await screen.findByText(/start with a letter, do not end with a hyphen/)).toBeTruthy();
    await fill('Name', 'web-2');
    await fill('Display name', 'Web two');
    fireEvent.mouseDown(screen.getByRole('combobox', { name: 'SSH key pair' }));
    fireEvent.click(await screen.findByTitle('laptop'));
    fireEvent.mouseDown(screen.getByRole('combobox', { name: 'Affinity groups' }));
    fireEvent.click(await screen.findByTitle('spread (Host anti-affinity)'));
    await fill('User data', USER_DATA);
    next();

    expect(await screen.findByText('Flexible (2 × 1500 MHz, 2048 MB)')).toBeTruthy();
    expect(screen.getByText('Any size (20 GB)')).toBeTruthy();
    expect(within(screen.getByText('Affinity groups').closest('tr')!).getByText('spread')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Deploy' }));

    expect(await screen.findByText('Instance Web two deployed')).toBeTruthy();
    expect(screen.getByLabelText('Password').textContent).toBe('Xy7pQ2mn');
    expect(screen.getByText(/it will not be shown again/)).toBeTruthy();
    const form = calls.find((c) => c.command === 'deployVirtualMachine')!.form;
    expect(Object.fromEntries([...form.entries()].filter(([k]) => !['command', 'response', 'sessionkey'].includes(k)))).toEqual({
      zoneid: 'z1',
      templateid: 't1',
      serviceofferingid: 'so-custom',
      'details[0].cpuNumber': '2',
      'details[0].cpuSpeed': '1500',
      'details[0].memory': '2048',
      diskofferingid: 'do-custom',
      size: '20',
      rootdisksize: '30',
      name: 'web-2',
      displayname: 'Web two',
      keypair: 'laptop',
      userdata: encodeUserData(USER_DATA),
      affinitygroupids: 'ag1',
      startvm: 'true',
    });
    expect(new TextDecoder().decode(Uint8Array.from(atob(form.get('userdata')!), (c) => c.charCodeAt(0)))).toBe(USER_DATA);
    fireEvent.click(screen.getByRole('button', { name: 'Go to instances' }));
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/compute/instances'));
    expect(document.body.textContent).not.toContain('Xy7pQ2mn');
  }, 60000);

  it('shows the error text of a failed deployment job and stays on the review', async () => {
    const { client, calls } = server('fail');
    renderRoute(<DeployInstancePage />, { client, url: '/compute/instances/new', path: '/compute/instances/new', auth: staticAuth() });
    await toOfferings(calls);
    fireEvent.click(screen.getByText('Small'));
    expect(screen.queryByText(/This offering is customized/)).toBeNull();
    next();
    await screen.findByText('Root disk size (GB)');
    next();
    await screen.findByText('User data');
    fireEvent.click(screen.getByRole('switch'));
    next();
    fireEvent.click(await screen.findByRole('button', { name: 'Deploy' }));
    const alert = await screen.findByText('The deployment failed');
    expect(within(alert.closest('.ant-alert')!).getByText('Unable to create a deployment for VM-x: no host has 64 GB free')).toBeTruthy();
    const form = calls.find((c) => c.command === 'deployVirtualMachine')!.form;
    expect([form.get('serviceofferingid'), form.get('startvm'), form.has('details[0].cpuNumber'), form.has('userdata'), form.has('diskofferingid')]).toEqual(['so-small', 'false', false, false, false]);
    expect(screen.getByTestId('location').textContent).toBe('/compute/instances/new');
  }, 60000);

  it('starts the later choices again when the zone changes', async () => {
    const { client, calls } = server();
    renderRoute(<DeployInstancePage />, { client, url: '/compute/instances/new', path: '/compute/instances/new', auth: staticAuth() });
    await toOfferings(calls);
    fireEvent.click(screen.getByRole('button', { name: 'Back' }));
    fireEvent.click(screen.getByRole('button', { name: 'Back' }));
    fireEvent.click(await screen.findByText('Other'));
    next();
    await waitFor(() => expect(calls.filter((c) => c.command === 'listTemplates').at(-1)!.form.get('zoneid')).toBe('z2'));
    next();
    expect(await screen.findByText('Pick one')).toBeTruthy();
  }, 60000);

  it('offers the caller\u2019s security groups in a Basic zone and deploys with the picked ones', async () => {
    const { client, calls } = server();
    renderRoute(<DeployInstancePage />, { client, url: '/compute/instances/new', path: '/compute/instances/new', auth: staticAuth() });
    fireEvent.click(await screen.findByText('Other'));
    next();
    fireEvent.click(await screen.findByText('ubuntu-22'));
    next();
    fireEvent.click(await screen.findByText('Small'));
    next();
    await screen.findByText('Root disk size (GB)');
    next();
    await screen.findByText('User data');
    fireEvent.mouseDown(screen.getByRole('combobox', { name: 'Security groups' }));
    fireEvent.click((await screen.findAllByTitle('web (Web servers)')).at(-1)!);
    next();
    expect(await screen.findByText('1 group(s)')).toBeTruthy();
    fireEvent.click(await screen.findByRole('button', { name: 'Deploy' }));
    await waitFor(() => expect(calls.some((c) => c.command === 'deployVirtualMachine')).toBe(true));
    const form = calls.find((c) => c.command === 'deployVirtualMachine')!.form;
    expect([form.get('zoneid'), form.get('securitygroupids')]).toEqual(['z2', 'sg2']);
  }, 60000);

  it('has no security group choice in an Advanced zone without them', async () => {
    const { client, calls } = server();
    renderRoute(<DeployInstancePage />, { client, url: '/compute/instances/new', path: '/compute/instances/new', auth: staticAuth() });
    await toOfferings(calls);
    fireEvent.click(screen.getByText('Small'));
    next();
    await screen.findByText('Root disk size (GB)');
    next();
    await screen.findByText('User data');
    expect(screen.queryByRole('combobox', { name: 'Security groups' })).toBeNull();
  }, 60000);
});
