import { ArrowDownOutlined, ArrowLeftOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, AutoComplete, Button, Card, Flex, Form, Input, Select, Space, Table, Tooltip, Typography, type TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { useApi } from '../api/ApiContext';
import { errorText } from '../api/errors';
import type { Role, RolePermission } from '../api/types';
import { useAuth } from '../auth/AuthContext';
import { ListToolbar } from '../components/ListToolbar';
import { StateTag } from '../components/StateTag';
import { useAction } from '../hooks/useAction';
import { useRequest } from '../hooks/useRequest';

interface NewRule {
  rule: string;
  permission: 'allow' | 'deny';
  description?: string;
}

/** Moves one rule up or down; the result is the full order for updateRolePermission's ruleorder. */
export function moveRule(ids: readonly string[], id: string, delta: -1 | 1): string[] {
  const order = [...ids];
  const i = order.indexOf(id);
  const j = i + delta;
  if (i < 0 || j < 0 || j >= order.length) return order;
  [order[i], order[j]] = [order[j], order[i]];
  return order;
}

/** The ordered rules of one role: add, delete, allow/deny, move up/down. listRolePermissions has no paging, so the table pages here. */
export default function RoleRulesPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const api = useApi();
  const { can, apis } = useAuth();
  const run = useAction();
  const [search, setSearch] = useSearchParams();
  const keyword = search.get('keyword') ?? '';
  const [form] = Form.useForm<NewRule>();
  const [busy, setBusy] = useState(false);

  const role = useRequest((signal) => api.list<Role>('listRoles', { id }, signal).then((r) => r.items[0]), [api, id]);
  const rules = useRequest((signal) => api.list<RolePermission>('listRolePermissions', { roleid: id }, signal).then((r) => r.items), [api, id]);
  const all = useMemo(() => rules.data ?? [], [rules.data]);
  const shown = useMemo(() => {
    const k = keyword.toLowerCase();
    return k ? all.filter((r) => r.rule.toLowerCase().includes(k) || (r.description ?? '').toLowerCase().includes(k)) : all;
  }, [all, keyword]);
  const apiOptions = useMemo(() => [...(apis ?? [])].sort().map((a) => ({ value: a })), [apis]);
  const canEdit = can('updateRolePermission');

  const reorder = async (ruleId: string, delta: -1 | 1) => {
    const order = moveRule(all.map((r) => r.id), ruleId, delta);
    await run(t('rules.moveAction'), () => api.execute('updateRolePermission', { roleid: id, ruleorder: order }));
    rules.reload();
  };

  const columns: TableColumnsType<RolePermission> = [
    { title: t('rules.order'), key: 'order', width: 60, render: (_, r) => all.indexOf(r) + 1 },
    { title: t('rules.rule'), dataIndex: 'rule', render: (v: string) => <Typography.Text code>{v}</Typography.Text> },
    {
      title: t('rules.permission'),
      dataIndex: 'permission',
      width: 140,
      render: (p: string, r) =>
        canEdit ? (
          <Select
            size="small"
            value={p}
            style={{ width: 110 }}
            aria-label={t('rules.permission')}
            options={[
              { value: 'allow', label: t('rules.allow') },
              { value: 'deny', label: t('rules.deny') },
            ]}
            onChange={async (permission) => {
              await run(t('rules.permissionAction', { rule: r.rule, permission }), () =>
                api.execute('updateRolePermission', { roleid: id, ruleid: r.id, permission }),
              );
              rules.reload();
            }}
          />
        ) : (
          <StateTag value={p} />
        ),
    },
    { title: t('common.description'), dataIndex: 'description' },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 150,
      render: (_, r) => {
        const index = all.indexOf(r);
        return (
          <Space size={0}>
            {canEdit && (
              <>
                <Tooltip title={keyword ? t('rules.reorderHint') : t('common.moveUp')}>
                  <Button type="text" icon={<ArrowUpOutlined />} aria-label={t('common.moveUp')} disabled={!!keyword || index === 0} onClick={() => reorder(r.id, -1)} />
                </Tooltip>
                <Tooltip title={keyword ? t('rules.reorderHint') : t('common.moveDown')}>
                  <Button
                    type="text"
                    icon={<ArrowDownOutlined />}
                    aria-label={t('common.moveDown')}
                    disabled={!!keyword || index === all.length - 1}
                    onClick={() => reorder(r.id, 1)}
                  />
                </Tooltip>
              </>
            )}
            {can('deleteRolePermission') && (
              <Tooltip title={t('common.delete')}>
                <Button
                  type="text"
                  danger
                  icon={<DeleteOutlined />}
                  aria-label={t('common.delete')}
                  onClick={async () => {
                    await run(t('rules.deleteAction', { rule: r.rule }), () => api.execute('deleteRolePermission', { id: r.id }));
                    rules.reload();
                  }}
                />
              </Tooltip>
            )}
          </Space>
        );
      },
    },
  ];

  const add = async (v: NewRule) => {
    setBusy(true);
    try {
      const done = await run(t('rules.addAction', { rule: v.rule }), () =>
        api.execute('createRolePermission', { roleid: id, rule: v.rule.trim(), permission: v.permission, description: v.description }),
      );
      if (done) {
        form.resetFields();
        rules.reload();
      }
    } finally {
      setBusy(false);
    }
  };

  const name = role.data?.name ?? id;
  return (
    <>
      <Flex align="center" gap={8}>
        <Link to="/roles">
          <Button type="text" icon={<ArrowLeftOutlined />} aria-label={t('rules.back')} />
        </Link>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('rules.title', { name })}
        </Typography.Title>
        {role.data && <Typography.Text type="secondary">{role.data.type}</Typography.Text>}
      </Flex>
      <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
        {t('rules.reorderHint')}
      </Typography.Paragraph>
      {can('createRolePermission') && (
        <Card size="small" style={{ marginBottom: 16 }}>
          <Form<NewRule> form={form} layout="inline" onFinish={add} initialValues={{ permission: 'allow' }}>
            <Form.Item name="rule" rules={[{ required: true, whitespace: true, message: t('common.required') }]} tooltip={t('rules.ruleHelp')}>
              <AutoComplete
                options={apiOptions}
                placeholder={t('rules.rule')}
                aria-label={t('rules.rule')}
                style={{ width: 260 }}
                showSearch={{ filterOption: (input, option) => (option?.value ?? '').toLowerCase().includes(input.toLowerCase()) }}
              />
            </Form.Item>
            <Form.Item name="permission">
              <Select
                style={{ width: 110 }}
                aria-label={t('rules.permission')}
                options={[
                  { value: 'allow', label: t('rules.allow') },
                  { value: 'deny', label: t('rules.deny') },
                ]}
              />
            </Form.Item>
            <Form.Item name="description">
              <Input placeholder={t('common.description')} style={{ width: 240 }} maxLength={255} />
            </Form.Item>
            <Button type="primary" htmlType="submit" icon={<PlusOutlined />} loading={busy}>
              {t('rules.add')}
            </Button>
          </Form>
        </Card>
      )}
      <ListToolbar
        keyword={keyword}
        onSearch={(k) =>
          setSearch((prev) => {
            const next = new URLSearchParams(prev);
            if (k) next.set('keyword', k);
            else next.delete('keyword');
            return next;
          })
        }
        onRefresh={rules.reload}
        loading={rules.loading}
      />
      {rules.error ? <Alert type="error" showIcon title={t('common.loadFailed')} description={errorText(rules.error)} style={{ marginBottom: 16 }} /> : null}
      <Table<RolePermission>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={shown}
        loading={rules.loading}
        pagination={{ defaultPageSize: 50, showSizeChanger: true, showTotal: (total) => t('common.total', { count: total }) }}
      />
    </>
  );
}
