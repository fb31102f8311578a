import { DeleteOutlined } from '@ant-design/icons';
import { Space, Tag, type TableColumnsType } from 'antd';
import type { TFunction } from 'i18next';
import { Link } from 'react-router';
import type { PublicIpAddress } from '../../api/types';
import { ActionButton } from '../../components/ActionButton';
import { StateTag } from '../../components/StateTag';
import type { useRowActions } from '../../hooks/useRowActions';
import { byField } from '../../utils/sort';

/** The columns of a public IP list (the IP page and a network's tab), with release when `canRelease`. */
export function publicIpColumns(
  t: TFunction,
  rows: ReturnType<typeof useRowActions>,
  canRelease: boolean,
  options: { network?: boolean } = {},
): TableColumnsType<PublicIpAddress> {
  const { busyId, act, confirm } = rows;
  return [
    {
      title: t('publicIps.address'),
      dataIndex: 'ipaddress',
      sorter: byField('ipaddress'),
      render: (v: string, ip) => (
        <Space size={4}>
          <Link to={`/network/public-ips/${ip.id}`}>{v}</Link>
          {ip.issourcenat && <Tag color="blue">{t('publicIps.sourceNat')}</Tag>}
          {ip.isstaticnat && <Tag color="purple">{t('publicIps.staticNat')}</Tag>}
        </Space>
      ),
    },
    { title: t('common.state'), dataIndex: 'state', sorter: byField('state'), render: (v: string) => <StateTag value={v} /> },
    ...(options.network === false
      ? []
      : [
          {
            title: t('publicIps.network'),
            dataIndex: 'associatednetworkname',
            sorter: byField<PublicIpAddress>('associatednetworkname'),
            render: (v: string | undefined, ip: PublicIpAddress) => (ip.associatednetworkid ? <Link to={`/network/guest-networks/${ip.associatednetworkid}`}>{v}</Link> : v),
          },
        ]),
    {
      title: t('forwarding.instance'),
      dataIndex: 'virtualmachinename',
      render: (v: string | undefined, ip) => (ip.virtualmachineid ? <Link to={`/compute/instances/${ip.virtualmachineid}`}>{ip.virtualmachinedisplayname || v}</Link> : null),
    },
    { title: t('infra.zone'), dataIndex: 'zonename', sorter: byField('zonename') },
    { title: t('common.account'), dataIndex: 'account', sorter: byField('account') },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_, ip) =>
        canRelease &&
        !ip.issourcenat && (
          <ActionButton
            title={t('publicIps.release')}
            danger
            icon={<DeleteOutlined />}
            loading={busyId === ip.id}
            onClick={() => confirm(t('publicIps.releaseConfirm', { ip: ip.ipaddress }), true, () => act(ip.id, t('publicIps.releaseAction', { ip: ip.ipaddress }), 'disassociateIpAddress'), t('publicIps.releaseHelp'))}
          />
        ),
    },
  ];
}
