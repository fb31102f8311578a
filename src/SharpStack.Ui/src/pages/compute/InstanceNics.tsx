import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Input, Table, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Nic, NicSecondaryIp } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import { ActionButton } from '../../components/ActionButton';
import { SubTable } from '../../components/SubTable';
import { FormDialog } from '../../dialogs/FormDialog';
import { useRowActions } from '../../hooks/useRowActions';
import { useSubList } from '../../hooks/useSubList';
import { isIpv4 } from '../network/ruleInputs';

/** The secondary addresses of one nic: add (addIpToNic, the address optional) and remove (removeIpFromNic). */
function SecondaryIps({ nic, onChanged }: { nic: Nic; onChanged: () => void }) {
  const { t } = useTranslation();
  const { can } = useAuth();
  const { busyId, act, confirm } = useRowActions(onChanged);
  const [adding, setAdding] = useState(false);
  const columns: TableColumnsType<NicSecondaryIp> = [
    { title: t('nics.secondaryIp'), dataIndex: 'ipaddress' },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_, s) =>
        can('removeIpFromNic') && (
          <ActionButton
            title={t('nics.removeIp')}
            danger
            icon={<DeleteOutlined />}
            loading={busyId === s.id}
            onClick={() => confirm(t('nics.removeIpConfirm', { ip: s.ipaddress }), true, () => act(s.id, t('nics.removeIpAction', { ip: s.ipaddress }), 'removeIpFromNic'))}
          />
        ),
    },
  ];
  return (
    <Flex vertical gap={8}>
      {can('addIpToNic') && (
        <div>
          <Button size="small" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
            {t('nics.addIp')}
          </Button>
        </div>
      )}
      <Table<NicSecondaryIp> rowKey="id" size="small" columns={columns} dataSource={nic.secondaryip ?? []} pagination={false} aria-label={t('nics.secondaryIpsOf', { name: nic.networkname ?? nic.id })} />
      {adding && (
        <FormDialog<{ ipaddress?: string }>
          title={t('nics.addIpTitle', { network: nic.networkname ?? '' })}
          okText={t('nics.addIp')}
          label={(v) => t('nics.addIpAction', { ip: v.ipaddress?.trim() || t('nics.anyIp'), network: nic.networkname ?? '' })}
          command="addIpToNic"
          toParams={(v) => ({ nicid: nic.id, ipaddress: v.ipaddress?.trim() })}
          onClose={(result) => {
            setAdding(false);
            if (result) onChanged();
          }}
        >
          {() => (
            <Form.Item
              name="ipaddress"
              label={t('instances.ipAddress')}
              tooltip={t('nics.ipHelp')}
              rules={[{ validator: (_: unknown, v?: string) => (!v?.trim() || isIpv4(v) ? Promise.resolve() : Promise.reject(new Error(t('networks.badIp')))) }]}
            >
              <Input placeholder={t('nics.anyIp')} />
            </Form.Item>
          )}
        </FormDialog>
      )}
    </Flex>
  );
}

/** The nics of an instance (listNics), each opening to its secondary addresses. */
export function InstanceNics({ vmId }: { vmId: string }) {
  const { t } = useTranslation();
  const list = useSubList<Nic>('listNics', { virtualmachineid: vmId });
  const columns: TableColumnsType<Nic> = [
    { title: t('instances.network'), dataIndex: 'networkname' },
    { title: t('instances.ipAddress'), dataIndex: 'ipaddress' },
    { title: t('nics.secondaryIps'), key: 'secondary', render: (_, n) => (n.secondaryip ?? []).map((s) => <Tag key={s.id}>{s.ipaddress}</Tag>) },
    { title: t('infra.gateway'), dataIndex: 'gateway' },
    { title: t('infra.netmask'), dataIndex: 'netmask' },
    { title: t('instances.macAddress'), dataIndex: 'macaddress' },
    { title: t('instances.defaultNic'), dataIndex: 'isdefault', render: (v?: boolean) => (v ? <Tag color="blue">{t('common.yes')}</Tag> : null) },
  ];
  return (
    <SubTable<Nic>
      list={list}
      columns={columns}
      label={t('instances.nics')}
      expandable={{ expandedRowRender: (nic) => <SecondaryIps nic={nic} onChanged={list.reload} /> }}
    />
  );
}
