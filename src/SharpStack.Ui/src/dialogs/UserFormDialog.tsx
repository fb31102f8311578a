import { Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/ApiContext';
import type { Account, User } from '../api/types';
import { EntitySelect } from '../components/EntitySelect';
import { useAction } from '../hooks/useAction';

interface Values {
  accountid?: string;
  username: string;
  password?: string;
  confirm?: string;
  email: string;
  firstname: string;
  lastname: string;
}

const accountLabel = (a: Account) => `${a.name} (${a.domainpath ?? a.domain})`;
const accountId = (a: Account) => a.id;

/** createUser (with an account picked from listAccounts) or updateUser for an existing user. */
export function UserFormDialog({ user, onClose }: { user?: User; onClose: (changed: boolean) => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const run = useAction();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [account, setAccount] = useState<Account | undefined>();
  const editing = user !== undefined;

  const submit = async (v: Values) => {
    setBusy(true);
    try {
      const common = { username: v.username.trim(), email: v.email.trim(), firstname: v.firstname.trim(), lastname: v.lastname.trim() };
      const done = editing
        ? await run(t('users.updateAction', { name: common.username }), () => api.execute('updateUser', { id: user.id, ...common }))
        : await run(t('users.createAction', { name: common.username }), () =>
            api.execute('createUser', { ...common, account: account?.name, domainid: account?.domainid, password: v.password }),
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
      title={editing ? t('users.editTitle', { name: user.username }) : t('users.createTitle')}
      okText={editing ? t('common.save') : t('common.create')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      onCancel={() => onClose(false)}
      onOk={() => form.submit()}
      destroyOnHidden
      width={520}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={user ? { username: user.username, email: user.email, firstname: user.firstname, lastname: user.lastname } : {}}
      >
        {!editing && (
          <Form.Item name="accountid" label={t('common.account')} rules={[{ required: true, message: t('common.required') }]}>
            <EntitySelect<Account>
              command="listAccounts"
              params={{ listall: true }}
              valueOf={accountId}
              labelOf={accountLabel}
              aria-label={t('common.account')}
              onChange={(id, item) => {
                form.setFieldValue('accountid', id);
                setAccount(item);
              }}
            />
          </Form.Item>
        )}
        <Form.Item name="username" label={t('users.username')} rules={required}>
          <Input autoComplete="off" maxLength={255} />
        </Form.Item>
        {!editing && (
          <>
            <Form.Item name="password" label={t('accounts.password')} rules={required}>
              <Input.Password autoComplete="new-password" />
            </Form.Item>
            <Form.Item
              name="confirm"
              label={t('accounts.confirmPassword')}
              dependencies={['password']}
              rules={[
                ...required,
                ({ getFieldValue }) => ({
                  validator: (_, value) =>
                    !value || getFieldValue('password') === value ? Promise.resolve() : Promise.reject(new Error(t('accounts.passwordMismatch'))),
                }),
              ]}
            >
              <Input.Password autoComplete="new-password" />
            </Form.Item>
          </>
        )}
        <Form.Item name="email" label={t('users.email')} rules={[...required, { type: 'email' }]}>
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
