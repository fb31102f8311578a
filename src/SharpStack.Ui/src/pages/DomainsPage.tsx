import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Checkbox, Form, Input, Modal, Space, Table, Tooltip, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/ApiContext';
import { errorText } from '../api/errors';
import type { Domain } from '../api/types';
import { useAuth } from '../auth/AuthContext';
import { DateTime } from '../components/DateTime';
import { ListToolbar } from '../components/ListToolbar';
import { PageTitle } from '../components/PageTitle';
import { tablePagination } from '../components/pagination';
import { StateTag } from '../components/StateTag';
import { useAction } from '../hooks/useAction';
import { useListQuery } from '../hooks/useListQuery';
import { byField } from '../utils/sort';

type Dialog = { kind: 'create'; parent: Domain } | { kind: 'rename'; domain: Domain } | { kind: 'delete'; domain: Domain } | null;

/** All domains the caller can see, by path; add a subdomain, rename, delete (optionally with cleanup). */
export default function DomainsPage() {
  const { t } = useTranslation();
  const api = useApi();
  const { can } = useAuth();
  const run = useAction();
  const query = useListQuery<Domain>('listDomains', { params: { listall: true } });
  const [dialog, setDialog] = useState<Dialog>(null);

  const columns: TableColumnsType<Domain> = [
    { title: t('domains.path'), dataIndex: 'path', sorter: byField('path'), defaultSortOrder: 'ascend' },
    { title: t('common.name'), dataIndex: 'name', sorter: byField('name') },
    { title: t('domains.level'), dataIndex: 'level', sorter: byField('level'), width: 90 },
    { title: t('domains.parent'), dataIndex: 'parentdomainname', sorter: byField('parentdomainname') },
    { title: t('common.state'), dataIndex: 'state', render: (s: string) => <StateTag value={s} />, width: 110 },
    { title: t('common.created'), dataIndex: 'created', sorter: byField('created'), render: (v: string) => <DateTime value={v} /> },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 150,
      render: (_, d) => (
        <Space size={0}>
          {can('createDomain') && (
            <Tooltip title={t('domains.createChild')}>
              <Button type="text" icon={<PlusOutlined />} aria-label={t('domains.createChild')} onClick={() => setDialog({ kind: 'create', parent: d })} />
            </Tooltip>
          )}
          {can('updateDomain') && d.level > 0 && (
            <Tooltip title={t('domains.rename')}>
              <Button type="text" icon={<EditOutlined />} aria-label={t('domains.rename')} onClick={() => setDialog({ kind: 'rename', domain: d })} />
            </Tooltip>
          )}
          {can('deleteDomain') && d.level > 0 && (
            <Tooltip title={t('common.delete')}>
              <Button type="text" danger icon={<DeleteOutlined />} aria-label={t('common.delete')} onClick={() => setDialog({ kind: 'delete', domain: d })} />
            </Tooltip>
          )}
        </Space>
      ),
    },
  ];

  const close = (changed: boolean) => {
    setDialog(null);
    if (changed) query.reload();
  };

  return (
    <>
      <PageTitle>{t('domains.title')}</PageTitle>
      <ListToolbar
        keyword={query.keyword}
        onSearch={(keyword) => query.update({ keyword })}
        onRefresh={query.reload}
        loading={query.loading}
      />
      {query.error ? <Alert type="error" showIcon title={t('common.loadFailed')} description={errorText(query.error)} style={{ marginBottom: 16 }} /> : null}
      <Table<Domain>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={query.items}
        loading={query.loading}
        pagination={tablePagination(query, t)}
      />
      {dialog?.kind === 'create' && (
        <NameDialog
          title={t('domains.createTitle', { parent: dialog.parent.path })}
          onCancel={() => close(false)}
          onSubmit={async (name) => {
            const ok = await run(t('domains.created', { name }), () => api.execute('createDomain', { name, parentdomainid: dialog.parent.id }));
            if (ok) close(true);
          }}
        />
      )}
      {dialog?.kind === 'rename' && (
        <NameDialog
          title={t('domains.renameTitle', { name: dialog.domain.name })}
          initial={dialog.domain.name}
          onCancel={() => close(false)}
          onSubmit={async (name) => {
            const ok = await run(t('domains.renamed', { name }), () => api.execute('updateDomain', { id: dialog.domain.id, name }));
            if (ok) close(true);
          }}
        />
      )}
      {dialog?.kind === 'delete' && (
        <DeleteDomainDialog
          domain={dialog.domain}
          onCancel={() => close(false)}
          onSubmit={async (cleanup) => {
            const ok = await run(t('domains.deleted', { name: dialog.domain.name }), () =>
              api.execute('deleteDomain', { id: dialog.domain.id, cleanup }),
            );
            if (ok) close(true);
          }}
        />
      )}
    </>
  );
}

function NameDialog({ title, initial, onCancel, onSubmit }: { title: string; initial?: string; onCancel: () => void; onSubmit: (name: string) => Promise<void> }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ name: string }>();
  const [busy, setBusy] = useState(false);
  return (
    <Modal
      open
      title={title}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      onCancel={onCancel}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ name: initial }}
        onFinish={async ({ name }) => {
          setBusy(true);
          try {
            await onSubmit(name.trim());
          } finally {
            setBusy(false);
          }
        }}
      >
        <Form.Item name="name" label={t('common.name')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
          <Input autoFocus maxLength={255} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function DeleteDomainDialog({ domain, onCancel, onSubmit }: { domain: Domain; onCancel: () => void; onSubmit: (cleanup: boolean) => Promise<void> }) {
  const { t } = useTranslation();
  const [cleanup, setCleanup] = useState(false);
  const [busy, setBusy] = useState(false);
  return (
    <Modal
      open
      title={t('domains.deleteTitle', { name: domain.path })}
      okText={t('common.delete')}
      okButtonProps={{ danger: true }}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      onCancel={onCancel}
      onOk={async () => {
        setBusy(true);
        try {
          await onSubmit(cleanup);
        } finally {
          setBusy(false);
        }
      }}
    >
      <Space orientation="vertical">
        <Checkbox checked={cleanup} onChange={(e) => setCleanup(e.target.checked)}>
          {t('domains.cleanup')}
        </Checkbox>
        <Typography.Text type="secondary">{t('domains.cleanupHelp')}</Typography.Text>
        <Typography.Text type="warning">{t('common.cannotUndo')}</Typography.Text>
      </Space>
    </Modal>
  );
}
