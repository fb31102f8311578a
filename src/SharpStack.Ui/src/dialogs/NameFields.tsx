import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';

/** The required name and optional description (displaytext) of a create or edit dialog. */
export function NameFields({ descriptionLength = 255 }: { descriptionLength?: number }) {
  const { t } = useTranslation();
  return (
    <>
      <Form.Item name="name" label={t('common.name')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
        <Input maxLength={255} />
      </Form.Item>
      <Form.Item name="displaytext" label={t('common.description')}>
        <Input maxLength={descriptionLength} />
      </Form.Item>
    </>
  );
}
