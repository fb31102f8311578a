import { Alert, Switch, Table, Typography, type TableColumnsType } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../api/errors';
import type { AsyncJob } from '../api/types';
import { DateTime } from '../components/DateTime';
import { JobStatusTag } from '../components/JobStatusTag';
import { ListToolbar } from '../components/ListToolbar';
import { PageTitle } from '../components/PageTitle';
import { tablePagination } from '../components/pagination';
import { useListQuery } from '../hooks/useListQuery';
import { commandName } from '../utils/format';
import { byField } from '../utils/sort';

const REFRESH_MS = 3000;

function resultText(job: AsyncJob): string {
  const r = job.jobresult;
  if (!r) return '';
  if (job.jobstatus === 2 && typeof r.errortext === 'string') return r.errortext;
  return '';
}

/** Async jobs the caller may see; refreshes itself while some are still running. */
export default function JobsPage() {
  const { t } = useTranslation();
  const query = useListQuery<AsyncJob>('listAsyncJobs', { params: { listall: true } });
  const [auto, setAuto] = useState(true);
  const running = query.items.some((j) => j.jobstatus === 0);
  const { reload, loading } = query;

  useEffect(() => {
    if (!auto || !running || loading) return;
    const timer = setTimeout(reload, REFRESH_MS);
    return () => clearTimeout(timer);
  }, [auto, running, loading, reload]);

  const columns: TableColumnsType<AsyncJob> = [
    { title: t('jobs.command'), key: 'cmd', sorter: (a, b) => commandName(a.cmd).localeCompare(commandName(b.cmd)), render: (_, j) => commandName(j.cmd) },
    { title: t('jobs.status'), dataIndex: 'jobstatus', sorter: byField('jobstatus'), render: (s: number) => <JobStatusTag status={s} /> },
    { title: t('common.account'), dataIndex: 'account', sorter: byField('account') },
    {
      title: t('jobs.instance'),
      key: 'instance',
      render: (_, j) => (j.jobinstancetype ? `${j.jobinstancetype} ${j.jobinstanceid ?? ''}` : ''),
    },
    { title: t('common.created'), dataIndex: 'created', sorter: byField('created'), render: (v: string) => <DateTime value={v} /> },
    { title: t('jobs.completed'), dataIndex: 'completed', sorter: byField('completed'), render: (v: string) => <DateTime value={v} /> },
    { title: t('jobs.result'), key: 'result', render: (_, j) => <Typography.Text type="danger">{resultText(j)}</Typography.Text> },
  ];

  return (
    <>
      <PageTitle>{t('jobs.title')}</PageTitle>
      <ListToolbar
        keyword={query.keyword}
        onSearch={(keyword) => query.update({ keyword })}
        onRefresh={query.reload}
        loading={query.loading}
        filters={
          <label>
            <Switch size="small" checked={auto} onChange={setAuto} aria-label={t('jobs.autoRefresh')} /> {t('jobs.autoRefresh')}
          </label>
        }
      />
      {query.error ? <Alert type="error" showIcon title={t('common.loadFailed')} description={errorText(query.error)} style={{ marginBottom: 16 }} /> : null}
      <Table<AsyncJob>
        rowKey="jobid"
        size="middle"
        columns={columns}
        dataSource={query.items}
        loading={query.loading && !running}
        pagination={tablePagination(query, t)}
        expandable={{
          rowExpandable: (j) => j.jobresult !== undefined,
          expandedRowRender: (j) => (
            <pre style={{ margin: 0, maxHeight: 320, overflow: 'auto', fontSize: 12 }}>
              {JSON.stringify({ jobid: j.jobid, cmd: j.cmd, jobresult: j.jobresult }, null, 2)}
            </pre>
          ),
        }}
      />
    </>
  );
}
