import { Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/ApiContext';
import type { Domain, Role } from '../api/types';
import { useAuth } from '../auth/AuthContext';
import { EntitySelect } from '../components/EntitySelect';
import { useAction } from '../hooks/useAction';
import { sameAs } from './passwordRules';

interface Values {
  roleid?: string;
  accounttype?: string;
  domainid?: string;
  account?: string;
  username: string;
  password: string;
  confirm: string;
  email: string;
  firstname: string;
  lastname: string;
}

const roleLabel = (r: Role) => `${r.name} (${r.type})`;
const roleId = (r: Role) => r.id;
const domainLabel = (d: Domain) => d.path;
const domainId = (d: Domain) => d.id;

/** createAccount: the role comes from listRoles (or the account type when the role may not list roles). */
export function CreateAccountDialog({ onClose }: { onClose: (created: boolean) => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const { can, session } = useAuth();
  const run = useAction();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const useRoles = can('listRoles');

  const submit = async (v: Values) => {
    setBusy(true);
    try {
      const done = await run(t('accounts.createAction', { name: v.account || v.username }), () =>
        api.execute('createAccount', {
          roleid: useRoles ? v.roleid : undefined,
          accounttype: useRoles ? undefined : v.accounttype,
          domainid: v.domainid,
          account: v.account?.trim(),
          username: v.username.trim(),
          password: v.password,
          email: v.email.trim(),
          firstname: v.firstname.trim(),
          lastname: v.lastname.trim(),
        }),
      );
      if (done) onClose(true);
    } finally {
      setBusy(false);
    }
  };

  const required = [{ required: true, whitespace: true, message: t('common.required') }];
  return (
    <Modal
      open
      title={t('accounts.createTitle')}
      okText={t('common.create')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      onCancel={() => onClose(false)}
      onOk={() => form.submit()}
      destroyOnHidden
      width={560}
    >
      <Form<Values> form={form} layout="vertical" onFinish={submit} initialValues={{ domainid: session?.domainid, accounttype: '0' }}>
        {useRoles ? (
          <Form.Item name="roleid" label={t('common.role')} rules={[{ required: true, message: t('common.required') }]}>
            <EntitySelect<Role> command="listRoles" valueOf={roleId} labelOf={roleLabel} aria-label={t('common.role')} />
          </Form.Item>
        ) : (
          <Form.Item name="accounttype" label={t('accounts.accountType')}>
            <Select
              options={[
                { value: '0', label: t('accountType.0') },
                { value: '2', label: t('accountType.2') },
              ]}
            />
          </Form.Item>
        )}
        {can('listDomains') && (
          <Form.Item name="domainid" label={t('common.domain')}>
            <EntitySelect<Domain> command="listDomains" params={{ listall: true }} valueOf={domainId} labelOf={domainLabel} aria-label={t('common.domain')} />
          </Form.Item>
        )}
        <Form.Item name="username" label={t('accounts.username')} rules={required}>
          <Input autoComplete="off" maxLength={255} />
        </Form.Item>
        <Form.Item name="account" label={t('accounts.accountName')} tooltip={t('accounts.accountNameHelp')}>
          <Input maxLength={255} />
        </Form.Item>
        <Form.Item name="password" label={t('accounts.password')} rules={required}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label={t('accounts.confirmPassword')}
          dependencies={['password']}
          rules={[...required, sameAs('password', t('accounts.passwordMismatch'))]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item name="email" label={t('accounts.email')} rules={[...required, { type: 'email' }]}>
          <Input maxLength={255} />
        </Form.Item>
        <Form.Item name="firstname" label={t('accounts.firstname')} rules={required}>
          <Input maxLength={255} />
        </Form.Item>
        <Form.Item name="lastname" label={t('accounts.lastname')} rules={required}>
          <Input maxLength={255} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
