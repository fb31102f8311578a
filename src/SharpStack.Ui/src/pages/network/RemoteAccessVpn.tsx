import { DisconnectOutlined, LockOutlined } from '@ant-design/icons';
import { Alert, Button, Descriptions, Form, Input, Space, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApi } from '../../api/ApiContext';
import { errorText } from '../../api/errors';
import type { PublicIpAddress, RemoteAccessVpn as Vpn } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import { StateTag } from '../../components/StateTag';
import { FormDialog } from '../../dialogs/FormDialog';
import { useRequest } from '../../hooks/useRequest';
import { useRowActions } from '../../hooks/useRowActions';

const IP_RANGE = /^\s*\d{1,3}(\.\d{1,3}){3}\s*-\s*\d{1,3}(\.\d{1,3}){3}\s*$/;

/** Remote access VPN of a source NAT address: its pre-shared key and client range, enable and disable. */
export function RemoteAccessVpn({ ip }: { ip: PublicIpAddress }) {
  const { t } = useTranslation();
  const api = useApi();
  const { can } = useAuth();
  const { data, loading, error, reload } = useRequest(
    (signal) => api.list<Vpn>('listRemoteAccessVpns', { publicipid: ip.id, listall: true }, signal).then((r) => r.items[0] ?? null),
    [api, ip.id],
  );
  const { busyId, perform, confirm } = useRowActions(reload);
  const [enabling, setEnabling] = useState(false);

  if (!ip.issourcenat) return <Alert type="info" showIcon title={t('vpn.sourceNatOnly')} />;
  if (loading && data === undefined) return <Spin />;
  if (error) return <Alert type="error" showIcon title={t('common.loadFailed')} description={errorText(error)} />;
  return (
    <>
      {data ? (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Descriptions
            bordered
            size="small"
            column={1}
            items={[
              { label: t('common.state'), children: <StateTag value={data.state} /> },
              { label: t('vpn.presharedKey'), children: <Typography.Text copyable code>{data.presharedkey}</Typography.Text> },
              { label: t('vpn.ipRange'), children: data.iprange },
            ]}
          />
          <Space wrap>
            {can('listVpnUsers') && <Link to="/network/vpn-users">{t('vpn.manageUsers')}</Link>}
            {can('deleteRemoteAccessVpn') && (
              <Button
                danger
                icon={<DisconnectOutlined />}
                loading={busyId === ip.id}
                onClick={() => confirm(t('vpn.disableConfirm', { ip: ip.ipaddress }), true, () => perform(ip.id, t('vpn.disableAction', { ip: ip.ipaddress }), 'deleteRemoteAccessVpn', { publicipid: ip.id }), t('vpn.disableHelp'))}
              >
                {t('vpn.disable')}
              </Button>
            )}
          </Space>
        </Space>
      ) : (
        <Space orientation="vertical">
          <Typography.Text type="secondary">{t('vpn.off')}</Typography.Text>
          {can('createRemoteAccessVpn') && (
            <Button type="primary" icon={<LockOutlined />} onClick={() => setEnabling(true)}>
              {t('vpn.enable')}
            </Button>
          )}
        </Space>
      )}
      {enabling && (
        <FormDialog<{ iprange?: string }>
          title={t('vpn.enableTitle', { ip: ip.ipaddress })}
          okText={t('vpn.enable')}
          label={() => t('vpn.enableAction', { ip: ip.ipaddress })}
          command="createRemoteAccessVpn"
          toParams={(v) => ({ publicipid: ip.id, iprange: v.iprange?.replace(/\s+/g, '') })}
          onClose={(result) => {
            setEnabling(false);
            if (result) reload();
          }}
        >
          {() => (
            <Form.Item name="iprange" label={t('vpn.ipRange')} tooltip={t('vpn.ipRangeHelp')} rules={[{ pattern: IP_RANGE, message: t('vpn.badIpRange') }]}>
              <Input placeholder="10.1.2.1-10.1.2.8" />
            </Form.Item>
          )}
        </FormDialog>
      )}
    </>
  );
}
