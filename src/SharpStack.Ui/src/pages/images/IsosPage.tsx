import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Select, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { errorText } from '../../api/errors';
import type { Iso, Zone } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import { EntitySelect } from '../../components/EntitySelect';
import { ListToolbar } from '../../components/ListToolbar';
import { PageTitle } from '../../components/PageTitle';
import { tablePagination } from '../../components/pagination';
import { RegisterIsoDialog } from '../../dialogs/images/RegisterIsoDialog';
import { useListQuery } from '../../hooks/useListQuery';
import { formatBytes } from '../../utils/format';
import { byField } from '../../utils/sort';
import { ImageActions } from './ImageActions';
import { defaultTemplateFilter, isDownloading, TEMPLATE_FILTERS } from './templateFilters';
import { TemplateStatus } from './TemplateStatus';

const FILTERS = ['zoneid'] as const;
const REFRESH_MS = 5000;
const idOf = (x: { id: string }) => x.id;
const nameOf = (x: { name: string }) => x.name;
const rowKey = (r: Iso) => `${r.id}/${r.zoneid ?? ''}`;

/** ISOs, one row per zone copy, by isofilter; register, download progress, extract and delete per copy. */
export default function IsosPage() {
  const { t } = useTranslation();
  const { can, session } = useAuth();
  const [search] = useSearchParams();
  const isofilter = search.get('isofilter') ?? defaultTemplateFilter(session);
  const query = useListQuery<Iso>('listIsos', { params: { isofilter, listall: true }, filters: FILTERS });
  const [registering, setRegistering] = useState(false);
  const downloading = query.items.some(isDownloading);
  const { reload, loading } = query;

  useEffect(() => {
    if (!downloading || loading) return;
    const timer = setTimeout(reload, REFRESH_MS);
    return () => clearTimeout(timer);
  }, [downloading, loading, reload]);

  const yesNo = (v?: boolean) => (v ? <Tag color="success">{t('common.yes')}</Tag> : <Tag>{t('common.no')}</Tag>);
  const columns: TableColumnsType<Iso> = [
    { title: t('common.name'), dataIndex: 'name', sorter: byField('name') },
    { title: t('templates.osType'), dataIndex: 'ostypename', sorter: byField('ostypename') },
    { title: t('isos.bootable'), dataIndex: 'bootable', sorter: byField('bootable'), render: yesNo },
    { title: t('infra.zone'), dataIndex: 'zonename', sorter: byField('zonename') },
    { title: t('templates.status'), dataIndex: 'status', render: (_, r) => <TemplateStatus template={r} /> },
    { title: t('templates.ready'), dataIndex: 'isready', sorter: byField('isready'), render: yesNo },
    { title: t('templates.size'), dataIndex: 'size', sorter: byField('size'), render: (v?: number) => formatBytes(v) },
    { title: t('common.account'), dataIndex: 'account', sorter: byField('account') },
    { title: t('common.actions'), key: 'actions', render: (_, r) => <ImageActions kind="iso" image={r} onChanged={reload} /> },
  ];

  return (
    <>
      <PageTitle>{t('isos.title')}</PageTitle>
      <ListToolbar
        keyword={query.keyword}
        onSearch={(keyword) => query.update({ keyword })}
        onRefresh={reload}
        loading={loading}
        filters={
          <>
            <Select
              aria-label={t('isos.filter')}
              style={{ width: 180 }}
              value={isofilter}
              onChange={(value: string) => query.update({ isofilter: value })}
              options={TEMPLATE_FILTERS.map((f) => ({ value: f, label: t(`templates.filters.${f}`) }))}
            />
            <EntitySelect<Zone>
              command="listZones"
              valueOf={idOf}
              labelOf={nameOf}
              allowClear
              placeholder={t('infra.zone')}
              aria-label={t('infra.zone')}
              style={{ width: 160 }}
              value={query.filters.zoneid}
              onChange={(zoneid) => query.update({ zoneid })}
            />
          </>
        }
        actions={
          can('registerIso') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setRegistering(true)}>
              {t('isos.register')}
            </Button>
          )
        }
      />
      {query.error ? <Alert type="error" showIcon title={t('common.loadFailed')} description={errorText(query.error)} style={{ marginBottom: 16 }} /> : null}
      {downloading && (
        <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
          {t('isos.refreshing')}
        </Typography.Paragraph>
      )}
      <Table<Iso> rowKey={rowKey} size="middle" columns={columns} dataSource={query.items} loading={loading} pagination={tablePagination(query, t)} scroll={{ x: 'max-content' }} />
      {registering && (
        <RegisterIsoDialog
          onClose={(registered) => {
            setRegistering(false);
            if (registered) reload();
          }}
        />
      )}
    </>
  );
}
