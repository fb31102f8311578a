import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../FormDialog';

interface Values {
  name: string;
  description?: string;
}

/** createSecurityGroup: a name unique in the caller's account, and a description. */
export function CreateSecurityGroupDialog({ onClose }: { onClose: (created: boolean) => void }) {
  const { t } = useTranslation();
  return (
    <FormDialog<Values>
      title={t('securityGroups.addTitle')}
      label={(v) => t('securityGroups.addAction', { name: v.name.trim() })}
      command="createSecurityGroup"
      toParams={(v) => ({ name: v.name.trim(), description: v.description?.trim() })}
      onClose={(result) => onClose(result !== null)}
    >
      {() => (
        <>
          <Form.Item name="name" label={t('common.name')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
            <Input maxLength={255} autoComplete="off" />
          </Form.Item>
          <Form.Item name="description" label={t('common.description')}>
            <Input maxLength={4096} />
          </Form.Item>
        </>
      )}
    </FormDialog>
  );
}
