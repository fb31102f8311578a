import { Form, Typography } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Host, VirtualMachine } from '../../api/types';
import { EntitySelect } from '../../components/EntitySelect';
import { FormDialog } from '../FormDialog';

const hostLabel = (h: Host) => (h.clustername ? `${h.name} (${h.clustername})` : h.name);
const hostId = (h: Host) => h.id;

/** migrateVirtualMachine (root admins): a running instance to another Up routing host of its zone. */
export function MigrateVmDialog({ vm, onClose }: { vm: VirtualMachine; onClose: (migrated: boolean) => void }) {
  const { t } = useTranslation();
  const name = vm.displayname || vm.name;
  // Not the host it runs on, nor a host that takes no new instances.
  const usable = useCallback((h: Host) => h.id !== vm.hostid && (!h.resourcestate || h.resourcestate === 'Enabled'), [vm.hostid]);
  return (
    <FormDialog<{ hostid: string }>
      title={t('instances.migrateTitle', { name })}
      okText={t('instances.migrate')}
      label={() => t('instances.migrateAction', { name })}
      command="migrateVirtualMachine"
      toParams={(v) => ({ virtualmachineid: vm.id, hostid: v.hostid })}
      onClose={(result) => onClose(result !== null)}
    >
      {() => (
        <>
          {vm.hostname && <Typography.Paragraph type="secondary">{t('instances.currentHost', { host: vm.hostname })}</Typography.Paragraph>}
          <Form.Item name="hostid" label={t('instances.targetHost')} rules={[{ required: true, message: t('common.required') }]}>
            <EntitySelect<Host>
              command="listHosts"
              params={{ zoneid: vm.zoneid, type: 'Routing', state: 'Up' }}
              valueOf={hostId}
              labelOf={hostLabel}
              filter={usable}
              placeholder={t('instances.pickHost')}
            />
          </Form.Item>
        </>
      )}
    </FormDialog>
  );
}
