import { PlusOutlined } from '@ant-design/icons';
import { Button, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Network } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import { ListToolbar } from '../../components/ListToolbar';
import { PageTitle } from '../../components/PageTitle';
import { FilterSelect } from '../../components/FilterSelect';
import { QueryTable } from '../../components/QueryTable';
import { StateTag } from '../../components/StateTag';
import { AddNetworkDialog } from '../../dialogs/network/AddNetworkDialog';
import { useListQuery } from '../../hooks/useListQuery';
import { byField } from '../../utils/sort';

const TYPES = ['Isolated', 'Shared', 'L2'];

/** Guest networks the caller can see; a name opens the network's page. */
export default function NetworksPage() {
  const { t } = useTranslation();
  const { can } = useAuth();
  const query = useListQuery<Network>('listNetworks', { params: { listall: true }, filters: ['type', 'zoneid'] });
  const [adding, setAdding] = useState(false);

  const columns: TableColumnsType<Network> = [
    { title: t('common.name'), dataIndex: 'name', sorter: byField('name'), render: (v: string, n) => <Link to={`/network/guest-networks/${n.id}`}>{v}</Link> },
    { title: t('common.type'), dataIndex: 'type', sorter: byField('type'), render: (v?: string) => (v ? t(`networks.types.${v.toLowerCase()}`, { defaultValue: v }) : null) },
    { title: t('networks.cidr'), dataIndex: 'cidr', sorter: byField('cidr') },
    { title: t('infra.gateway'), dataIndex: 'gateway', sorter: byField('gateway') },
    { title: t('common.state'), dataIndex: 'state', sorter: byField('state'), render: (v: string) => <StateTag value={v} /> },
    { title: t('infra.zone'), dataIndex: 'zonename', sorter: byField('zonename') },
    { title: t('common.account'), dataIndex: 'account', sorter: byField('account') },
  ];

  return (
    <>
      <PageTitle>{t('networks.title')}</PageTitle>
      <ListToolbar
        query={query}
        filters={
          <FilterSelect query={query} name="type" label={t('common.type')} options={TYPES.map((v) => ({ value: v, label: t(`networks.types.${v.toLowerCase()}`) }))} />
        }
        actions={
          can('createNetwork') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
              {t('networks.add')}
            </Button>
          )
        }
      />
      <QueryTable<Network> query={query} columns={columns} />
      {adding && (
        <AddNetworkDialog
          onClose={(created) => {
            setAdding(false);
            if (created) query.reload();
          }}
        />
      )}
    </>
  );
}
