import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Domain } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import { EntitySelect } from '../../components/EntitySelect';
import { FormDialog } from '../FormDialog';

interface Values {
  username: string;
  password: string;
  account?: string;
  domainid?: string;
}

/** addVpnUser: a user name and password for the caller's VPNs; administrators may name another account. */
export function AddVpnUserDialog({ onClose }: { onClose: (added: boolean) => void }) {
  const { t } = useTranslation();
  const { session } = useAuth();
  const admin = session?.type === '1' || session?.type === '2';
  const required = [{ required: true, whitespace: true, message: t('common.required') }];
  return (
    <FormDialog<Values>
      title={t('vpn.addUserTitle')}
      label={(v) => t('vpn.addUserAction', { name: v.username.trim() })}
      command="addVpnUser"
      toParams={(v) => ({ username: v.username.trim(), password: v.password, account: v.account?.trim(), domainid: v.account?.trim() ? v.domainid : undefined })}
      onClose={(result) => onClose(result !== null)}
    >
      {() => (
        <>
          <Form.Item name="username" label={t('vpn.username')} rules={[...required, { pattern: /^[A-Za-z0-9][A-Za-z0-9@._-]*$/, message: t('vpn.badUsername') }]}>
            <Input maxLength={255} autoComplete="off" />
          </Form.Item>
          <Form.Item name="password" label={t('vpn.password')} rules={[...required, { pattern: /^[^\s"'\\]+$/, message: t('vpn.badPassword') }]}>
            <Input.Password maxLength={255} autoComplete="new-password" />
          </Form.Item>
          {admin && (
            <>
              <Form.Item name="account" label={t('common.account')} tooltip={t('vpn.accountHelp')}>
                <Input />
              </Form.Item>
              <Form.Item
                name="domainid"
                label={t('common.domain')}
                dependencies={['account']}
                rules={[({ getFieldValue }) => ({ validator: (_, v?: string) => ((getFieldValue('account') as string | undefined)?.trim() && !v ? Promise.reject(new Error(t('common.required'))) : Promise.resolve()) })]}
              >
                <EntitySelect<Domain> command="listDomains" params={{ listall: true }} valueOf={(d) => d.id} labelOf={(d) => d.path} allowClear aria-label={t('common.domain')} />
              </Form.Item>
            </>
          )}
        </>
      )}
    </FormDialog>
  );
}
