import { Checkbox, Modal, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  title: string;
  /** The label of the checkbox; omit to ask without one. */
  option?: string;
  optionHelp?: string;
  /** A line under the question, such as "This cannot be undone." */
  warning?: string;
  okText: string;
  danger?: boolean;
  onCancel: () => void;
  /** Called with the checkbox's state; the dialog closes at once and the caller shows progress. */
  onOk: (checked: boolean) => void;
}

/** A confirmation with one optional checkbox (stop with force, destroy with expunge). */
export function ConfirmOptionDialog({ title, option, optionHelp, warning, okText, danger, onCancel, onOk }: Props) {
  const { t } = useTranslation();
  const [checked, setChecked] = useState(false);
  return (
    <Modal
      open
      title={title}
      okText={okText}
      okButtonProps={{ danger }}
      cancelText={t('common.cancel')}
      onCancel={onCancel}
      onOk={() => onOk(option !== undefined && checked)}
      destroyOnHidden
    >
      <Space orientation="vertical">
        {option !== undefined && (
          <Checkbox checked={checked} onChange={(e) => setChecked(e.target.checked)}>
            {option}
          </Checkbox>
        )}
        {optionHelp && <Typography.Text type="secondary">{optionHelp}</Typography.Text>}
        {warning && <Typography.Text type="warning">{warning}</Typography.Text>}
      </Space>
    </Modal>
  );
}
