import { Alert, Table, Tag, type TableColumnsType } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/errors';
import type { Snapshot } from '../../api/types';
import { DateTime } from '../../components/DateTime';
import { ListToolbar } from '../../components/ListToolbar';
import { PageTitle } from '../../components/PageTitle';
import { tablePagination } from '../../components/pagination';
import { StateTag } from '../../components/StateTag';
import { useListQuery } from '../../hooks/useListQuery';
import { formatBytes } from '../../utils/format';
import { byField } from '../../utils/sort';
import { SnapshotActions } from './SnapshotActions';
import { snapshotMoving } from './snapshotStates';

const FILTERS = ['volumeid'] as const;
const REFRESH_MS = 5000;

/** Volume snapshots (taken by hand or by a schedule): revert, new volume from one, delete. */
export default function SnapshotsPage() {
  const { t } = useTranslation();
  const query = useListQuery<Snapshot>('listSnapshots', { params: { listall: true }, filters: FILTERS });
  const { reload, loading } = query;
  const moving = query.items.some(snapshotMoving);

  useEffect(() => {
    if (!moving || loading) return;
    const timer = setTimeout(reload, REFRESH_MS);
    return () => clearTimeout(timer);
  }, [moving, loading, reload]);

  const kind = (s: Snapshot) =>
    s.intervaltype ? t(`snapshotPolicy.intervals.${s.intervaltype}`, { defaultValue: s.intervaltype }) : t(`snapshots.types.${s.snapshottype ?? 'MANUAL'}`, { defaultValue: s.snapshottype });
  const columns: TableColumnsType<Snapshot> = [
    { title: t('common.name'), dataIndex: 'name', sorter: byField('name') },
    { title: t('snapshots.volume'), dataIndex: 'volumename', sorter: byField('volumename') },
    { title: t('common.type'), key: 'type', render: (_, s) => <Tag>{kind(s)}</Tag> },
    { title: t('common.state'), dataIndex: 'state', sorter: byField('state'), render: (v: string) => <StateTag value={v} /> },
    { title: t('volumes.size'), dataIndex: 'virtualsize', sorter: byField('virtualsize'), render: (v?: number) => formatBytes(v) },
    { title: t('infra.zone'), dataIndex: 'zonename', sorter: byField('zonename') },
    { title: t('common.account'), dataIndex: 'account', sorter: byField('account') },
    { title: t('common.created'), dataIndex: 'created', sorter: byField('created'), render: (v: string) => <DateTime value={v} /> },
    { title: t('common.actions'), key: 'actions', render: (_, s) => <SnapshotActions snapshot={s} onChanged={reload} /> },
  ];

  return (
    <>
      <PageTitle>{t('snapshots.title')}</PageTitle>
      <ListToolbar keyword={query.keyword} onSearch={(keyword) => query.update({ keyword })} onRefresh={reload} loading={loading} />
      {query.error ? <Alert type="error" showIcon title={t('common.loadFailed')} description={errorText(query.error)} style={{ marginBottom: 16 }} /> : null}
      <Table<Snapshot> rowKey="id" size="middle" columns={columns} dataSource={query.items} loading={loading} pagination={tablePagination(query, t)} scroll={{ x: 'max-content' }} />
    </>
  );
}
