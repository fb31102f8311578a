import { Alert, Table, Tag, type TableColumnsType } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiContext';
import { errorText } from '../../api/errors';
import type { Volume } from '../../api/types';
import { DateTime } from '../../components/DateTime';
import { StateTag } from '../../components/StateTag';
import { useRequest } from '../../hooks/useRequest';
import { formatBytes } from '../../utils/format';

/** The volumes of an instance (listVolumes virtualmachineid=...); loads again when `version` changes. */
export function InstanceVolumes({ vmId, version }: { vmId: string; version: number }) {
  const { t } = useTranslation();
  const api = useApi();
  const { data, loading, error, reload } = useRequest((signal) => api.list<Volume>('listVolumes', { virtualmachineid: vmId, listall: true }, signal), [api, vmId]);
  useEffect(() => {
    if (version > 0) reload();
  }, [version, reload]);
  const columns: TableColumnsType<Volume> = [
    { title: t('common.name'), dataIndex: 'name' },
    { title: t('common.type'), dataIndex: 'type', render: (v: string) => <Tag>{t(`volumes.types.${v}`, { defaultValue: v })}</Tag> },
    { title: t('common.state'), dataIndex: 'state', render: (v: string) => <StateTag value={v} /> },
    { title: t('volumes.size'), dataIndex: 'size', render: (v?: number) => formatBytes(v) },
    { title: t('volumes.diskOffering'), dataIndex: 'diskofferingname' },
    { title: t('common.created'), dataIndex: 'created', render: (v: string) => <DateTime value={v} /> },
  ];
  return (
    <>
      {error ? <Alert type="error" showIcon title={t('common.loadFailed')} description={errorText(error)} style={{ marginBottom: 16 }} /> : null}
      <Table<Volume> rowKey="id" size="small" columns={columns} dataSource={data?.items ?? []} loading={loading} pagination={false} scroll={{ x: 'max-content' }} />
    </>
  );
}
