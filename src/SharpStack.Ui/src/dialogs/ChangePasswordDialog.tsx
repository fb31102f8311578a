import { Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../auth/AuthContext';
import { FormDialog } from './FormDialog';
import { sameAs } from './passwordRules';

interface Values {
  currentpassword: string;
  password: string;
  confirm: string;
}

/**
 * The logged-in user changes their own password: updateUser with their id, the new password and
 * the current one (which the server requires of anyone but a root admin changing their own).
 * `onClose(true)` after the change: the server has then ended all the user's sessions.
 */
export function ChangePasswordDialog({ onClose }: { onClose: (changed: boolean) => void }) {
  const { t } = useTranslation();
  const { session } = useAuth();
  const required = [{ required: true, whitespace: true, message: t('common.required') }];
  return (
    <FormDialog<Values>
      title={t('password.title')}
      okText={t('password.change')}
      label={() => t('password.action', { name: session?.username ?? '' })}
      command="updateUser"
      toParams={(v) => ({ id: session?.userid, currentpassword: v.currentpassword, password: v.password })}
      onClose={(result) => onClose(result !== null)}
    >
      {() => (
        <>
          <Typography.Paragraph type="secondary">{t('password.help')}</Typography.Paragraph>
          <Form.Item name="currentpassword" label={t('password.current')} rules={[{ required: true, message: t('common.required') }]}>
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Form.Item name="password" label={t('password.new')} rules={required}>
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Form.Item name="confirm" label={t('password.confirm')} dependencies={['password']} rules={[...required, sameAs('password', t('password.mismatch'))]}>
            <Input.Password autoComplete="new-password" />
          </Form.Item>
        </>
      )}
    </FormDialog>
  );
}
