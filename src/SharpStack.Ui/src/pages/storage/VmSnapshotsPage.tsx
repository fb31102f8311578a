import { Alert, Table, Tag, type TableColumnsType } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorText } from '../../api/errors';
import type { VmSnapshot } from '../../api/types';
import { DateTime } from '../../components/DateTime';
import { ListToolbar } from '../../components/ListToolbar';
import { PageTitle } from '../../components/PageTitle';
import { tablePagination } from '../../components/pagination';
import { StateTag } from '../../components/StateTag';
import { useListQuery } from '../../hooks/useListQuery';
import { byField } from '../../utils/sort';
import { vmSnapshotMoving } from './snapshotStates';
import { VmSnapshotActions } from './VmSnapshotActions';

const FILTERS = ['virtualmachineid'] as const;
const REFRESH_MS = 5000;

/** Instance snapshots (listVMSnapshot), of one instance with ?virtualmachineid=...: revert, delete. */
export default function VmSnapshotsPage() {
  const { t } = useTranslation();
  const query = useListQuery<VmSnapshot>('listVMSnapshot', { params: { listall: true }, filters: FILTERS });
  const { reload, loading } = query;
  const moving = query.items.some(vmSnapshotMoving);

  useEffect(() => {
    if (!moving || loading) return;
    const timer = setTimeout(reload, REFRESH_MS);
    return () => clearTimeout(timer);
  }, [moving, loading, reload]);

  const columns: TableColumnsType<VmSnapshot> = [
    { title: t('common.name'), dataIndex: 'displayname', sorter: byField('displayname'), render: (v: string | undefined, s) => v || s.name },
    {
      title: t('vmSnapshots.instance'),
      dataIndex: 'virtualmachinename',
      sorter: byField('virtualmachinename'),
      render: (v: string | undefined, s) => (s.virtualmachineid ? <Link to={`/compute/instances/${s.virtualmachineid}`}>{v || s.virtualmachineid}</Link> : v),
    },
    { title: t('common.type'), dataIndex: 'type', sorter: byField('type'), render: (v?: string) => (v ? <Tag>{t(`vmSnapshots.types.${v}`, { defaultValue: v })}</Tag> : null) },
    { title: t('vmSnapshots.current'), dataIndex: 'current', render: (v?: boolean) => (v ? <Tag color="blue">{t('vmSnapshots.current')}</Tag> : null) },
    { title: t('vmSnapshots.parent'), dataIndex: 'parentName', sorter: byField('parentName') },
    { title: t('common.state'), dataIndex: 'state', sorter: byField('state'), render: (v: string) => <StateTag value={v} /> },
    { title: t('common.created'), dataIndex: 'created', sorter: byField('created'), render: (v: string) => <DateTime value={v} /> },
    { title: t('common.actions'), key: 'actions', render: (_, s) => <VmSnapshotActions snapshot={s} onChanged={reload} /> },
  ];

  return (
    <>
      <PageTitle>{t('vmSnapshots.title')}</PageTitle>
      <ListToolbar keyword={query.keyword} onSearch={(keyword) => query.update({ keyword })} onRefresh={reload} loading={loading} />
      {query.error ? <Alert type="error" showIcon title={t('common.loadFailed')} description={errorText(query.error)} style={{ marginBottom: 16 }} /> : null}
      <Table<VmSnapshot> rowKey="id" size="middle" columns={columns} dataSource={query.items} loading={loading} pagination={tablePagination(query, t)} scroll={{ x: 'max-content' }} />
    </>
  );
}
