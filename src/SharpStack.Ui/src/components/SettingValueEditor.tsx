import { CheckOutlined, CloseOutlined, EditOutlined } from '@ant-design/icons';
import { Button, Input, InputNumber, Select, Space, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Configuration } from '../api/types';

/** A setting's value with an edit button; Boolean settings get true/false, numbers a number box. */
export function SettingValueEditor({ setting, editable, onSave }: { setting: Configuration; editable: boolean; onSave: (value: string) => Promise<boolean> }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [value, setValue] = useState(setting.value ?? '');
  const [busy, setBusy] = useState(false);

  if (!editing) {
    return (
      <Space>
        <Typography.Text code style={{ overflowWrap: 'anywhere' }}>
          {setting.value ?? ''}
        </Typography.Text>
        {editable && (
          <Tooltip title={t('settings.editValue')}>
            <Button
              type="text"
              size="small"
              icon={<EditOutlined />}
              aria-label={`${t('settings.editValue')} ${setting.name}`}
              onClick={() => {
                setValue(setting.value ?? '');
                setEditing(true);
              }}
            />
          </Tooltip>
        )}
      </Space>
    );
  }

  const save = async () => {
    setBusy(true);
    try {
      if (await onSave(value)) setEditing(false);
    } finally {
      setBusy(false);
    }
  };
  const type = (setting.type ?? '').toLowerCase();
  const input =
    type === 'boolean' ? (
      <Select size="small" value={value} onChange={setValue} style={{ width: 100 }} options={['true', 'false'].map((v) => ({ value: v, label: v }))} />
    ) : ['integer', 'long', 'float', 'double', 'decimal', 'number'].includes(type) ? (
      <InputNumber size="small" value={value === '' ? null : value} stringMode onChange={(v) => setValue(v === null ? '' : String(v))} style={{ width: 160 }} />
    ) : (
      <Input size="small" value={value} onChange={(e) => setValue(e.target.value)} onPressEnter={save} style={{ width: 240 }} />
    );
  return (
    <Space>
      {input}
      <Button size="small" type="primary" icon={<CheckOutlined />} loading={busy} onClick={save} aria-label={t('common.save')} />
      <Button size="small" icon={<CloseOutlined />} onClick={() => setEditing(false)} aria-label={t('common.cancel')} />
    </Space>
  );
}
