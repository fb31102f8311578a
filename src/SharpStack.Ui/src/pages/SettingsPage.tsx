import { Alert, Input, Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/ApiContext';
import { errorText } from '../api/errors';
import type { Configuration } from '../api/types';
import { useAuth } from '../auth/AuthContext';
import { ListToolbar } from '../components/ListToolbar';
import { PageTitle } from '../components/PageTitle';
import { tablePagination } from '../components/pagination';
import { SettingValueEditor } from '../components/SettingValueEditor';
import { useAction } from '../hooks/useAction';
import { useListQuery } from '../hooks/useListQuery';
import { byField } from '../utils/sort';

const FILTERS = ['category'] as const;

/** Global settings: search by name or category, edit a value (updateConfiguration). */
export default function SettingsPage() {
  const { t } = useTranslation();
  const api = useApi();
  const { can, session } = useAuth();
  // Global values are the root admin's; other roles see them read-only (the server refuses them too).
  const editable = can('updateConfiguration') && session?.type === '1';
  const run = useAction();
  const query = useListQuery<Configuration>('listConfigurations', { filters: FILTERS });

  const save = async (c: Configuration, value: string) => {
    const done = await run(t('settings.updateAction', { name: c.name }), () => api.execute('updateConfiguration', { name: c.name, value }));
    if (done) query.reload();
    return done !== undefined;
  };

  const columns: TableColumnsType<Configuration> = [
    {
      title: t('common.name'),
      dataIndex: 'name',
      sorter: byField('name'),
      width: 280,
      render: (name: string, c) => (
        <Tooltip title={c.description}>
          <Typography.Text strong style={{ overflowWrap: 'anywhere' }}>
            {name}
          </Typography.Text>
        </Tooltip>
      ),
    },
    { title: t('settings.category'), dataIndex: 'category', sorter: byField('category'), width: 140 },
    {
      title: t('settings.value'),
      dataIndex: 'value',
      width: 260,
      render: (_, c) => <SettingValueEditor key={`${c.name}=${c.value}`} setting={c} editable={editable} onSave={(v) => save(c, v)} />,
    },
    { title: t('settings.defaultValue'), dataIndex: 'defaultvalue', sorter: byField('defaultvalue'), width: 160, ellipsis: true },
    { title: t('settings.scope'), dataIndex: 'scope', sorter: byField('scope'), width: 100 },
    {
      title: t('settings.type'),
      dataIndex: 'type',
      sorter: byField('type'),
      width: 120,
      render: (type: string, c) => (
        <>
          {type}{' '}
          {c.isdynamic === false && (
            <Tooltip title={t('settings.restartNeeded')}>
              <Tag color="orange">↻</Tag>
            </Tooltip>
          )}
        </>
      ),
    },
    { title: t('common.description'), dataIndex: 'description', ellipsis: { showTitle: true } },
  ];

  return (
    <>
      <PageTitle>{t('settings.title')}</PageTitle>
      <ListToolbar
        keyword={query.keyword}
        onSearch={(keyword) => query.update({ keyword })}
        onRefresh={query.reload}
        loading={query.loading}
        filters={
          <Input.Search
            allowClear
            placeholder={t('settings.category')}
            aria-label={t('settings.category')}
            defaultValue={query.filters.category}
            key={query.filters.category ?? ''}
            onSearch={(category) => query.update({ category: category.trim() })}
            style={{ width: 200 }}
          />
        }
      />
      {query.error ? <Alert type="error" showIcon title={t('common.loadFailed')} description={errorText(query.error)} style={{ marginBottom: 16 }} /> : null}
      <Table<Configuration> rowKey="name" size="middle" tableLayout="fixed" scroll={{ x: 1200 }} columns={columns} dataSource={query.items} loading={query.loading} pagination={tablePagination(query, t)} />
    </>
  );
}
