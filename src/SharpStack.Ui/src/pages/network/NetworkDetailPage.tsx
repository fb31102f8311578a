import { DeleteOutlined, EditOutlined, SyncOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Space, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Network, Router } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import { DateTime } from '../../components/DateTime';
import { DetailFrame } from '../../components/DetailFrame';
import { StateTag } from '../../components/StateTag';
import { SubTable } from '../../components/SubTable';
import { UrlTabs } from '../../components/UrlTabs';
import { ConfirmOptionDialog } from '../../dialogs/ConfirmOptionDialog';
import { UpdateNetworkDialog } from '../../dialogs/network/UpdateNetworkDialog';
import { useEntity } from '../../hooks/useEntity';
import { useRowActions } from '../../hooks/useRowActions';
import { useSubList } from '../../hooks/useSubList';
import { FirewallRules } from './FirewallRules';
import { NetworkPublicIps } from './NetworkPublicIps';
import { routerColumns } from './routerColumns';

function NetworkRouters({ network }: { network: Network }) {
  const { t } = useTranslation();
  const list = useSubList<Router>('listRouters', { networkid: network.id, listall: true });
  return <SubTable<Router> list={list} columns={routerColumns(t, list.reload, { network: false })} label={t('routers.title')} />;
}

/** The details of a network with update, restart and delete. */
function NetworkDetails({ network, onChanged }: { network: Network; onChanged: () => void }) {
  const { t } = useTranslation();
  const { can } = useAuth();
  const navigate = useNavigate();
  const { busyId, act, confirm } = useRowActions(onChanged);
  const [dialog, setDialog] = useState<'edit' | 'restart' | null>(null);
  const name = network.name;
  const services = (network.service ?? []).map((s) => <Tag key={s.name}>{s.name}</Tag>);
  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        {can('updateNetwork') && (
          <Button icon={<EditOutlined />} onClick={() => setDialog('edit')}>
            {t('common.edit')}
          </Button>
        )}
        {can('restartNetwork') && (
          <Button icon={<SyncOutlined />} loading={busyId === network.id} onClick={() => setDialog('restart')}>
            {t('networks.restart')}
          </Button>
        )}
        {can('deleteNetwork') && (
          <Button
            danger
            icon={<DeleteOutlined />}
            loading={busyId === network.id}
            onClick={() =>
              confirm(
                t('networks.deleteConfirm', { name }),
                true,
                async () => {
                  if (await act(network.id, t('networks.deleteAction', { name }), 'deleteNetwork')) navigate('/network/guest-networks');
                },
                t('networks.deleteHelp'),
              )
            }
          >
            {t('common.delete')}
          </Button>
        )}
      </Space>
      <Descriptions
        bordered
        size="small"
        column={{ xs: 1, md: 2 }}
        items={[
          { label: 'ID', children: network.id },
          { label: t('common.description'), children: network.displaytext },
          { label: t('common.type'), children: network.type ? t(`networks.types.${network.type.toLowerCase()}`, { defaultValue: network.type }) : null },
          { label: t('common.state'), children: <StateTag value={network.state} /> },
          { label: t('networks.offering'), children: network.networkofferingname },
          { label: t('infra.zone'), children: network.zonename },
          { label: t('networks.cidr'), children: network.cidr },
          { label: t('infra.gateway'), children: network.gateway },
          { label: t('infra.netmask'), children: network.netmask },
          { label: t('networks.networkDomain'), children: network.networkdomain },
          ...(network.vlan !== undefined ? [{ label: t('networks.vlan'), children: network.vlan }] : []),
          { label: t('networks.scope'), children: network.acltype === 'Domain' ? t('networks.scopeDomain') : t('networks.scopeAccount') },
          { label: t('common.account'), children: network.account },
          { label: t('common.domain'), children: network.domain },
          { label: t('networks.restartRequired'), children: network.restartrequired ? <Tag color="orange">{t('common.yes')}</Tag> : t('common.no') },
          { label: t('networks.services'), children: services.length > 0 ? services : null },
          { label: t('common.created'), children: <DateTime value={network.created} /> },
        ]}
      />
      {dialog === 'edit' && (
        <UpdateNetworkDialog
          network={network}
          onClose={(changed) => {
            setDialog(null);
            if (changed) onChanged();
          }}
        />
      )}
      {dialog === 'restart' && (
        <ConfirmOptionDialog
          title={t('networks.restartConfirm', { name })}
          option={t('networks.cleanup')}
          optionHelp={t('networks.cleanupHelp')}
          okText={t('networks.restart')}
          onCancel={() => setDialog(null)}
          onOk={(cleanup) => {
            setDialog(null);
            void act(network.id, t('networks.restartAction', { name }), 'restartNetwork', { cleanup });
          }}
        />
      )}
    </>
  );
}

/** One guest network: details and actions, egress rules, public IPs and (for admins) its virtual router. */
export default function NetworkDetailPage() {
  const { t } = useTranslation();
  const { can, session } = useAuth();
  const admin = session?.type === '1' || session?.type === '2';
  const { data, loading, error, reload } = useEntity<Network>('listNetworks');
  return (
    <DetailFrame data={data} loading={loading} error={error} backTo="/network/guest-networks" backLabel={t('networks.back')} notFound={t('networks.notFound')} heading={(n) => ({ title: n.name, state: n.state })}>
      {(network) => {
        const isolated = network.type === 'Isolated';
        const tabs = [
          { key: 'details', label: t('common.details'), children: <NetworkDetails network={network} onChanged={reload} /> },
          isolated && can('listEgressFirewallRules') && { key: 'egress', label: t('firewall.egressTitle'), children: <FirewallRules direction="egress" targetId={network.id} targetName={network.name} /> },
          isolated && can('listPublicIpAddresses') && { key: 'ips', label: t('publicIps.title'), children: <NetworkPublicIps network={network} /> },
          admin && can('listRouters') && { key: 'router', label: t('routers.ofNetwork'), children: <NetworkRouters network={network} /> },
        ].filter((x) => x !== false);
        return (
          <Card size="small">
            <UrlTabs items={tabs} />
          </Card>
        );
      }}
    </DetailFrame>
  );
}
