import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../FormDialog';

interface Values {
  name: string;
  publickey: string;
}

/** registerSSHKeyPair: an existing public key under a name. */
export function RegisterKeyPairDialog({ onClose }: { onClose: (registered: boolean) => void }) {
  const { t } = useTranslation();
  const required = [{ required: true, whitespace: true, message: t('common.required') }];
  return (
    <FormDialog<Values>
      title={t('sshKeys.registerTitle')}
      okText={t('sshKeys.register')}
      label={(v) => t('sshKeys.registerAction', { name: v.name.trim() })}
      command="registerSSHKeyPair"
      toParams={(v) => ({ name: v.name.trim(), publickey: v.publickey.trim() })}
      width={600}
      onClose={(result) => onClose(result !== null)}
    >
      {() => (
        <>
          <Form.Item name="name" label={t('common.name')} rules={required}>
            <Input maxLength={255} autoComplete="off" />
          </Form.Item>
          <Form.Item name="publickey" label={t('sshKeys.publicKey')} tooltip={t('sshKeys.publicKeyHelp')} rules={required}>
            <Input.TextArea rows={5} maxLength={5120} placeholder="ssh-ed25519 AAAA… user@host" style={{ fontFamily: 'monospace' }} />
          </Form.Item>
        </>
      )}
    </FormDialog>
  );
}
