import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Select, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { errorText } from '../../api/errors';
import type { Template, Zone } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import { EntitySelect } from '../../components/EntitySelect';
import { ListToolbar } from '../../components/ListToolbar';
import { PageTitle } from '../../components/PageTitle';
import { tablePagination } from '../../components/pagination';
import { RegisterTemplateDialog } from '../../dialogs/images/RegisterTemplateDialog';
import { useListQuery } from '../../hooks/useListQuery';
import { formatBytes } from '../../utils/format';
import { byField } from '../../utils/sort';
import { defaultTemplateFilter, isDownloading, TEMPLATE_FILTERS } from './templateFilters';
import { ImageActions } from './ImageActions';
import { TemplateStatus } from './TemplateStatus';

const FILTERS = ['zoneid'] as const;
const REFRESH_MS = 5000;
const idOf = (x: { id: string }) => x.id;
const nameOf = (x: { name: string }) => x.name;
const rowKey = (r: Template) => `${r.id}/${r.zoneid ?? ''}`;

/** Templates, one row per zone copy, by templatefilter; register, download progress, and ImageActions per copy. */
export default function TemplatesPage() {
  const { t } = useTranslation();
  const { can, session } = useAuth();
  const [search] = useSearchParams();
  const templatefilter = search.get('templatefilter') ?? defaultTemplateFilter(session);
  const query = useListQuery<Template>('listTemplates', { params: { templatefilter, listall: true }, filters: FILTERS });
  const [registering, setRegistering] = useState(false);
  const downloading = query.items.some(isDownloading);
  const { reload, loading } = query;

  useEffect(() => {
    if (!downloading || loading) return;
    const timer = setTimeout(reload, REFRESH_MS);
    return () => clearTimeout(timer);
  }, [downloading, loading, reload]);

  const columns: TableColumnsType<Template> = [
    { title: t('common.name'), dataIndex: 'name', sorter: byField('name') },
    { title: t('templates.osType'), dataIndex: 'ostypename', sorter: byField('ostypename') },
    { title: t('infra.hypervisor'), dataIndex: 'hypervisor', sorter: byField('hypervisor') },
    { title: t('templates.format'), dataIndex: 'format', sorter: byField('format') },
    { title: t('infra.zone'), dataIndex: 'zonename', sorter: byField('zonename') },
    { title: t('templates.status'), dataIndex: 'status', render: (_, r) => <TemplateStatus template={r} /> },
    {
      title: t('templates.ready'),
      dataIndex: 'isready',
      sorter: byField('isready'),
      render: (v?: boolean) => (v ? <Tag color="success">{t('common.yes')}</Tag> : <Tag>{t('common.no')}</Tag>),
    },
    { title: t('templates.size'), dataIndex: 'size', sorter: byField('size'), render: (v?: number) => formatBytes(v) },
    { title: t('common.account'), dataIndex: 'account', sorter: byField('account') },
    { title: t('common.actions'), key: 'actions', render: (_, r) => <ImageActions kind="template" image={r} onChanged={query.reload} /> },
  ];

  return (
    <>
      <PageTitle>{t('templates.title')}</PageTitle>
      <ListToolbar
        keyword={query.keyword}
        onSearch={(keyword) => query.update({ keyword })}
        onRefresh={query.reload}
        loading={query.loading}
        filters={
          <>
            <Select
              aria-label={t('templates.filter')}
              style={{ width: 180 }}
              value={templatefilter}
              onChange={(value: string) => query.update({ templatefilter: value })}
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
          can('registerTemplate') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setRegistering(true)}>
              {t('templates.register')}
            </Button>
          )
        }
      />
      {query.error ? <Alert type="error" showIcon title={t('common.loadFailed')} description={errorText(query.error)} style={{ marginBottom: 16 }} /> : null}
      {downloading && (
        <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
          {t('templates.refreshing')}
        </Typography.Paragraph>
      )}
      <Table<Template> rowKey={rowKey} size="middle" columns={columns} dataSource={query.items} loading={query.loading} pagination={tablePagination(query, t)} scroll={{ x: 'max-content' }} />
      {registering && (
        <RegisterTemplateDialog
          onClose={(registered) => {
            setRegistering(false);
            if (registered) query.reload();
          }}
        />
      )}
    </>
  );
}
