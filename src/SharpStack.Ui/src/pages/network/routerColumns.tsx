import type { TableColumnsType } from 'antd';
import type { TFunction } from 'i18next';
import { Link } from 'react-router';
import type { Router } from '../../api/types';
import { StateTag } from '../../components/StateTag';
import { byField } from '../../utils/sort';
import { RouterActions } from './RouterActions';

/** The columns of a router list: with its network unless `network` is false; actions reload with `reload`. */
export function routerColumns(t: TFunction, reload: () => void, options: { network?: boolean } = {}): TableColumnsType<Router> {
  return [
    { title: t('common.name'), dataIndex: 'name', sorter: byField('name') },
    { title: t('common.state'), dataIndex: 'state', sorter: byField('state'), render: (v: string) => <StateTag value={v} /> },
    ...(options.network === false
      ? []
      : [
          {
            title: t('publicIps.network'),
            dataIndex: 'guestnetworkname',
            sorter: byField<Router>('guestnetworkname'),
            render: (v: string | undefined, r: Router) => (r.guestnetworkid ? <Link to={`/network/guest-networks/${r.guestnetworkid}`}>{v}</Link> : v),
          },
        ]),
    { title: t('routers.publicIp'), dataIndex: 'publicip', sorter: byField('publicip') },
    { title: t('routers.guestIp'), dataIndex: 'guestipaddress' },
    { title: t('routers.linkLocalIp'), dataIndex: 'linklocalip' },
    { title: t('instances.host'), dataIndex: 'hostname', sorter: byField('hostname') },
    { title: t('infra.zone'), dataIndex: 'zonename', sorter: byField('zonename') },
    { title: t('common.account'), dataIndex: 'account', sorter: byField('account') },
    { title: t('routers.version'), dataIndex: 'version' },
    { title: t('common.actions'), key: 'actions', render: (_, r) => <RouterActions router={r} onChanged={reload} /> },
  ];
}
