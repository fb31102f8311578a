import { Form, InputNumber, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { endPortRule } from '../../pages/network/ruleInputs';

/** A start port (required) and an optional end port, 1-65535, the end not below the start. */
export function PortRangeFields({ start, end, startLabel, endLabel }: { start: string; end: string; startLabel: string; endLabel: string }) {
  const { t } = useTranslation();
  return (
    <Space size="middle" wrap>
      <Form.Item name={start} label={startLabel} rules={[{ required: true, message: t('common.required') }]}>
        <InputNumber min={1} max={65535} precision={0} aria-label={startLabel} />
      </Form.Item>
      <Form.Item name={end} label={endLabel} dependencies={[start]} rules={[endPortRule(t, start)]}>
        <InputNumber min={1} max={65535} precision={0} aria-label={endLabel} />
      </Form.Item>
    </Space>
  );
}
