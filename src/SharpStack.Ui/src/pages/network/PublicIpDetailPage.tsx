import { Card, Descriptions, Flex, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PublicIpAddress } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import { DateTime } from '../../components/DateTime';
import { DetailFrame } from '../../components/DetailFrame';
import { UrlTabs } from '../../components/UrlTabs';
import { useEntity } from '../../hooks/useEntity';
import { FirewallRules } from './FirewallRules';
import { LoadBalancerRules } from './LoadBalancerRules';
import { PortForwardingRules } from './PortForwardingRules';
import { RemoteAccessVpn } from './RemoteAccessVpn';
import { StaticNat } from './StaticNat';

/** One public IP: its fields, and tabs for ingress firewall rules, port forwarding, load balancing, static NAT and (on the source NAT address) remote access VPN. */
export default function PublicIpDetailPage() {
  const { t } = useTranslation();
  const { can } = useAuth();
  const { data, loading, error, reload } = useEntity<PublicIpAddress>('listPublicIpAddresses');
  return (
    <DetailFrame data={data} loading={loading} error={error} backTo="/network/public-ips" backLabel={t('publicIps.back')} notFound={t('publicIps.notFound')} heading={(ip) => ({ title: ip.ipaddress, state: ip.state })}>
      {(ip) => {
        const tabs = [
          can('listFirewallRules') && { key: 'firewall', label: t('firewall.ingressTitle'), children: <FirewallRules direction="ingress" targetId={ip.id} targetName={ip.ipaddress} /> },
          can('listPortForwardingRules') && { key: 'forwarding', label: t('forwarding.title'), children: <PortForwardingRules ip={ip} /> },
          can('listLoadBalancerRules') && { key: 'loadbalancing', label: t('loadBalancers.title'), children: <LoadBalancerRules ip={ip} /> },
          { key: 'staticnat', label: t('staticNat.title'), children: <StaticNat ip={ip} onChanged={reload} /> },
          !!ip.issourcenat && can('listRemoteAccessVpns') && { key: 'vpn', label: t('vpn.title'), children: <RemoteAccessVpn ip={ip} /> },
        ].filter((x) => x !== false);
        return (
          <Flex vertical gap={16}>
            <Card title={t('common.details')} size="small">
              <Descriptions
                bordered
                size="small"
                column={{ xs: 1, md: 2 }}
                items={[
                  { label: 'ID', children: ip.id },
                  {
                    label: t('common.type'),
                    children: (
                      <Space size={4}>
                        {ip.issourcenat && <Tag color="blue">{t('publicIps.sourceNat')}</Tag>}
                        {ip.isstaticnat && <Tag color="purple">{t('publicIps.staticNat')}</Tag>}
                      </Space>
                    ),
                  },
                  { label: t('publicIps.network'), children: ip.associatednetworkid ? <Link to={`/network/guest-networks/${ip.associatednetworkid}`}>{ip.associatednetworkname}</Link> : null },
                  { label: t('infra.zone'), children: ip.zonename },
                  { label: t('publicIps.vlan'), children: ip.vlanname },
                  { label: t('common.account'), children: ip.account },
                  { label: t('common.domain'), children: ip.domain },
                  { label: t('publicIps.allocated'), children: <DateTime value={ip.allocated} /> },
                ]}
              />
            </Card>
            <Card size="small">
              <UrlTabs items={tabs} />
            </Card>
          </Flex>
        );
      }}
    </DetailFrame>
  );
}
