import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { errorReply, fakeClient, reply } from '../../test/fakeServer';
import { renderRoute, staticAuth } from '../../test/render';
import ZoneWizardPage from './ZoneWizardPage';

const stepTitles = () => Array.from(document.querySelectorAll('.ant-steps-item-title')).map((e) => e.textContent);

describe('ZoneWizardPage', () => {
  it('has a public IP step for Advanced zones only, and no host step for KVM', async () => {
    const { client } = fakeClient((command) => reply(command, {}));
    renderRoute(<ZoneWizardPage />, { client, url: '/infra/zones/new', path: '/infra/zones/new', auth: staticAuth() });
    await screen.findByText('Add zone');
    expect(stepTitles()).toEqual(['Zone', 'Network', 'Pod', 'Public IPs', 'Cluster', 'Host', 'Primary storage', 'Secondary storage', 'Launch']);
    fireEvent.click(screen.getByText('Basic'));
    await waitFor(() => expect(stepTitles()).not.toContain('Public IPs'));
    // required fields stop Next
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(await screen.findByText('Required')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: 'b1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(await screen.findByLabelText('Guest traffic KVM label')).toBeTruthy();
    expect(screen.queryByLabelText('Public traffic KVM label')).toBeNull();
  });

  it('shows the server error of a failed launch step and retries from it', async () => {
    let refused = true;
    const { client, calls } = fakeClient((command) => {
      if (command === 'createZone') {
        if (refused) {
          refused = false;
          return errorReply(command, 431, 'A zone with name b1 already exists');
        }
        return reply(command, { zone: { id: 'Z' } });
      }
      return reply(command, {});
    });
    renderRoute(<ZoneWizardPage />, { client, url: '/infra/zones/new', path: '/infra/zones/new', auth: staticAuth() });
    // walk a Basic KVM zone to the launch step, filling what is required
    fireEvent.click(await screen.findByText('Basic'));
    const fill = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });
    const next = async (waitFor: string) => {
      fireEvent.click(screen.getByRole('button', { name: 'Next' }));
      await screen.findByText(waitFor);
    };
    fill('Name', 'b1');
    await next('Traffic types');
    await next('Start IP');
    fill('Gateway', '172.16.20.1');
    fill('Netmask', '255.255.255.0');
    fill('Start IP', '172.16.20.100');
    fill('End IP', '172.16.20.150');
    await next('Hypervisor');
    fireEvent.click(screen.getByText('KVM'));
    await screen.findByText(/KVM hosts are added after launch/);
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    await waitFor(() => expect(screen.getByLabelText('URL')).toBeTruthy());
    fill('URL', 'nfs://192.0.2.10/p');
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    await screen.findByText(/Templates, ISOs/);
    fill('URL', 'nfs://192.0.2.10/s');
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Launch zone' }));
    expect((await screen.findAllByText('A zone with name b1 already exists')).length).toBeGreaterThan(0);
    expect(screen.getByText('Create zone b1 failed')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Retry from this step' }));
    // the empty fake replies stop the next step (no physical network id), which is reported too
    expect(await screen.findByText('Create physical network physical-1 failed')).toBeTruthy();
    expect(calls.filter((c) => c.command === 'createZone')).toHaveLength(2);
    const zone = calls.filter((c) => c.command === 'createZone')[1].form;
    expect(zone.get('networktype')).toBe('Basic');
    expect(zone.has('guestcidraddress')).toBe(false);
  });
});
