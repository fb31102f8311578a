import { DisconnectOutlined, LinkOutlined } from '@ant-design/icons';
import { Alert, Button, Descriptions, Form, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PublicIpAddress } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import { FormDialog } from '../../dialogs/FormDialog';
import { InstancePicker } from '../../dialogs/network/InstancePicker';
import { useRowActions } from '../../hooks/useRowActions';

/** Static NAT of a public IP: the instance it maps to, enable (pick an instance of its network) or disable. */
export function StaticNat({ ip, onChanged }: { ip: PublicIpAddress; onChanged: () => void }) {
  const { t } = useTranslation();
  const { can } = useAuth();
  const { busyId, perform, confirm } = useRowActions(onChanged);
  const [enabling, setEnabling] = useState(false);

  if (ip.issourcenat) return <Alert type="info" showIcon title={t('staticNat.sourceNat')} />;
  return (
    <>
      {ip.isstaticnat ? (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Descriptions
            bordered
            size="small"
            column={1}
            items={[
              { label: t('forwarding.instance'), children: <Link to={`/compute/instances/${ip.virtualmachineid}`}>{ip.virtualmachinedisplayname || ip.virtualmachinename}</Link> },
              { label: t('forwarding.guestIp'), children: ip.vmipaddress },
            ]}
          />
          {can('disableStaticNat') && (
            <Button
              danger
              icon={<DisconnectOutlined />}
              loading={busyId === ip.id}
              onClick={() => confirm(t('staticNat.disableConfirm', { ip: ip.ipaddress }), true, () => perform(ip.id, t('staticNat.disableAction', { ip: ip.ipaddress }), 'disableStaticNat', { ipaddressid: ip.id }))}
            >
              {t('staticNat.disable')}
            </Button>
          )}
        </Space>
      ) : (
        <Space orientation="vertical">
          <Typography.Text type="secondary">{t('staticNat.off')}</Typography.Text>
          {can('enableStaticNat') && (
            <Button type="primary" icon={<LinkOutlined />} onClick={() => setEnabling(true)}>
              {t('staticNat.enable')}
            </Button>
          )}
        </Space>
      )}
      {enabling && (
        <FormDialog<{ virtualmachineid: string }>
          title={t('staticNat.enableTitle', { ip: ip.ipaddress })}
          okText={t('staticNat.enable')}
          label={() => t('staticNat.enableAction', { ip: ip.ipaddress })}
          command="enableStaticNat"
          toParams={(v) => ({ ipaddressid: ip.id, virtualmachineid: v.virtualmachineid })}
          onClose={(result) => {
            setEnabling(false);
            if (result) onChanged();
          }}
        >
          {() => (
            <Form.Item name="virtualmachineid" label={t('forwarding.instance')} rules={[{ required: true, message: t('common.required') }]} extra={t('staticNat.help')}>
              <InstancePicker networkId={ip.associatednetworkid ?? ''} label={t('forwarding.instance')} />
            </Form.Item>
          )}
        </FormDialog>
      )}
    </>
  );
}
