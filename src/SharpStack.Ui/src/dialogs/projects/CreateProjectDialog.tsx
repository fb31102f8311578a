import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Json } from '../../api/response';
import { FormDialog } from '../FormDialog';

interface Values {
  name: string;
  displaytext?: string;
}

/** createProject: the caller becomes the project's admin. */
export function CreateProjectDialog({ onClose }: { onClose: (result: Json | null) => void }) {
  const { t } = useTranslation();
  return (
    <FormDialog<Values>
      title={t('projects.createTitle')}
      label={(v) => t('projects.createAction', { name: v.name })}
      command="createProject"
      toParams={(v) => ({ name: v.name.trim(), displaytext: v.displaytext?.trim() || v.name.trim() })}
      onClose={onClose}
    >
      {() => (
        <>
          <Form.Item name="name" label={t('common.name')} rules={[{ required: true, whitespace: true }]}>
            <Input autoFocus />
          </Form.Item>
          <Form.Item name="displaytext" label={t('projects.displayText')}>
            <Input />
          </Form.Item>
        </>
      )}
    </FormDialog>
  );
}
