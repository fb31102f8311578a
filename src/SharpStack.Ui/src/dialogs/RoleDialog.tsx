import { Form, Input, Modal, Select, Switch } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/ApiContext';
import type { Role } from '../api/types';
import { EntitySelect } from '../components/EntitySelect';
import { useAction } from '../hooks/useAction';

export const ROLE_TYPES = ['Admin', 'ResourceAdmin', 'DomainAdmin', 'User'] as const;

interface Values {
  name: string;
  type?: string;
  roleid?: string;
  description?: string;
  ispublic?: boolean;
}

const roleLabel = (r: Role) => `${r.name} (${r.type})`;
const roleId = (r: Role) => r.id;

/** createRole (by type, or copying another role's rules) or updateRole. */
export function RoleDialog({ role, onClose }: { role?: Role; onClose: (changed: boolean) => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const run = useAction();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const cloneFrom = Form.useWatch('roleid', form);
  const editing = role !== undefined;

  const submit = async (v: Values) => {
    setBusy(true);
    try {
      const name = v.name.trim();
      const done = editing
        ? await run(t('roles.updateAction', { name }), () =>
            api.execute('updateRole', { id: role.id, name, description: v.description ?? '', ispublic: v.ispublic }),
          )
        : await run(t('roles.createAction', { name }), () =>
            api.execute('createRole', {
              name,
              type: v.roleid ? undefined : v.type,
              roleid: v.roleid,
              description: v.description,
              ispublic: v.ispublic,
            }),
          );
      if (done) onClose(true);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      title={editing ? t('roles.editTitle', { name: role.name }) : t('roles.createTitle')}
      okText={editing ? t('common.save') : t('common.create')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      onCancel={() => onClose(false)}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={role ? { name: role.name, description: role.description, ispublic: role.ispublic ?? true } : { type: 'User', ispublic: true }}
      >
        <Form.Item name="name" label={t('common.name')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
          <Input maxLength={255} />
        </Form.Item>
        {!editing && (
          <>
            <Form.Item name="type" label={t('roles.type')} rules={[{ required: !cloneFrom, message: t('common.required') }]}>
              <Select disabled={!!cloneFrom} options={ROLE_TYPES.map((r) => ({ value: r, label: r }))} />
            </Form.Item>
            <Form.Item name="roleid" label={t('roles.cloneFrom')} tooltip={t('roles.cloneHelp')}>
              <EntitySelect<Role> command="listRoles" valueOf={roleId} labelOf={roleLabel} allowClear aria-label={t('roles.cloneFrom')} />
            </Form.Item>
          </>
        )}
        <Form.Item name="description" label={t('common.description')}>
          <Input.TextArea rows={2} maxLength={255} />
        </Form.Item>
        <Form.Item name="ispublic" label={t('roles.isPublic')} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Form>
    </Modal>
  );
}
