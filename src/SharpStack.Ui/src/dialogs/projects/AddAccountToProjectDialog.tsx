import { Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Json } from '../../api/response';
import type { Project } from '../../api/types';
import { FormDialog } from '../FormDialog';

interface Values {
  account: string;
}

/** addAccountToProject: adds the account, or invites it when project.invite.required is true. */
export function AddAccountToProjectDialog({ project, onClose }: { project: Project; onClose: (result: Json | null) => void }) {
  const { t } = useTranslation();
  return (
    <FormDialog<Values>
      title={t('projects.inviteTitle', { name: project.name })}
      okText={t('projects.invite')}
      label={(v) => t('projects.inviteAction', { account: v.account, name: project.name })}
      command="addAccountToProject"
      toParams={(v) => ({ projectid: project.id, account: v.account.trim() })}
      onClose={onClose}
    >
      {() => (
        <>
          <Typography.Paragraph type="secondary">{t('projects.inviteHelp')}</Typography.Paragraph>
          <Form.Item name="account" label={t('projects.accountName')} rules={[{ required: true, whitespace: true }]}>
            <Input autoFocus />
          </Form.Item>
        </>
      )}
    </FormDialog>
  );
}
