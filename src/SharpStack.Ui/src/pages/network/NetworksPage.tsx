import { Alert, Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/errors';
import type { Network } from '../../api/types';
import { ListToolbar } from '../../components/ListToolbar';
import { PageTitle } from '../../components/PageTitle';
import { tablePagination } from '../../components/pagination';
import { StateTag } from '../../components/StateTag';
import { useListQuery } from '../../hooks/useListQuery';
import { byField } from '../../utils/sort';

/** Guest networks the caller can see (for now the isolated networks made for accounts' instances). */
export default function NetworksPage() {
  const { t } = useTranslation();
  const query = useListQuery<Network>('listNetworks', { params: { listall: true } });

  const columns: TableColumnsType<Network> = [
    { title: t('common.name'), dataIndex: 'name', sorter: byField('name') },
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
      <ListToolbar keyword={query.keyword} onSearch={(keyword) => query.update({ keyword })} onRefresh={query.reload} loading={query.loading} />
      {query.error ? <Alert type="error" showIcon title={t('common.loadFailed')} description={errorText(query.error)} style={{ marginBottom: 16 }} /> : null}
      <Table<Network> rowKey="id" size="middle" columns={columns} dataSource={query.items} loading={query.loading} pagination={tablePagination(query, t)} scroll={{ x: 'max-content' }} />
    </>
  );
}
