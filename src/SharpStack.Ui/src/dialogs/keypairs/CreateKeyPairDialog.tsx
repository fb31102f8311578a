import { Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SshKeyPair } from '../../api/types';
import { FormDialog } from '../FormDialog';

/** createSSHKeyPair: the server generates the pair; the reply carries the private key, once. */
export function CreateKeyPairDialog({ onClose }: { onClose: (created: SshKeyPair | null) => void }) {
  const { t } = useTranslation();
  return (
    <FormDialog<{ name: string }>
      title={t('sshKeys.createTitle')}
      label={(v) => t('sshKeys.createAction', { name: v.name.trim() })}
      command="createSSHKeyPair"
      toParams={(v) => ({ name: v.name.trim() })}
      onClose={(result) => onClose(result ? ((result.keypair as SshKeyPair | undefined) ?? null) : null)}
    >
      {() => (
        <>
          <Typography.Paragraph type="secondary">{t('sshKeys.createHelp')}</Typography.Paragraph>
          <Form.Item name="name" label={t('common.name')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
            <Input maxLength={255} autoComplete="off" />
          </Form.Item>
        </>
      )}
    </FormDialog>
  );
}
