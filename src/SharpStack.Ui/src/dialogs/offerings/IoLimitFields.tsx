import { Form, InputNumber, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

export const IO_LIMITS = [
  ['bytesreadrate', 'diskOfferings.bytesReadRate'],
  ['byteswriterate', 'diskOfferings.bytesWriteRate'],
  ['iopsreadrate', 'diskOfferings.iopsReadRate'],
  ['iopswriterate', 'diskOfferings.iopsWriteRate'],
] as const;

export type IoLimitValues = Partial<Record<(typeof IO_LIMITS)[number][0], number | null>>;

/** The hypervisor's read/write limits of a disk, in bytes and in requests per second; empty means none. */
export function IoLimitFields() {
  const { t } = useTranslation();
  return (
    <>
      <Typography.Text strong>{t('diskOfferings.ioLimits')}</Typography.Text>
      <Space size="middle" wrap style={{ marginTop: 8 }}>
        {IO_LIMITS.map(([name, label]) => (
          <Form.Item key={name} name={name} label={t(label)}>
            <InputNumber min={0} precision={0} style={{ width: 170 }} aria-label={t(label)} />
          </Form.Item>
        ))}
      </Space>
    </>
  );
}
