import { AutoComplete, Button, Flex, Form, InputNumber, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiContext';
import type { Volume } from '../../api/types';
import { useAction } from '../../hooks/useAction';
import { buildSchedule, INTERVALS, TIME_ZONES, type Interval } from '../../pages/storage/snapshotSchedule';

interface Values {
  intervaltype: Interval;
  minute: number;
  hour?: number;
  day?: number;
  timezone: string;
  maxsnaps: number;
}

const DAYS = [1, 2, 3, 4, 5, 6, 7];

function defaultZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

/** A new createSnapshotPolicy: the schedule is built from minute, hour and day in upstream's format. */
export function SnapshotPolicyForm({ volume, onAdded }: { volume: Volume; onAdded: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const run = useAction();
  const [form] = Form.useForm<Values>();
  const interval = Form.useWatch('intervaltype', form) ?? 'DAILY';
  const [busy, setBusy] = useState(false);
  const required = [{ required: true, message: t('common.required') }];

  const submit = async (v: Values) => {
    setBusy(true);
    try {
      const label = t('snapshotPolicy.addAction', { interval: t(`snapshotPolicy.intervals.${v.intervaltype}`), name: volume.name });
      const result = await run(label, () =>
        api.execute('createSnapshotPolicy', {
          volumeid: volume.id,
          intervaltype: v.intervaltype,
          schedule: buildSchedule(v.intervaltype, { minute: v.minute, hour: v.hour, day: v.day }),
          timezone: v.timezone.trim(),
          maxsnaps: v.maxsnaps,
        }),
      );
      if (result) onAdded();
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form<Values> form={form} layout="vertical" onFinish={submit} initialValues={{ intervaltype: 'DAILY', minute: 0, hour: 0, day: 1, timezone: defaultZone(), maxsnaps: 8 }}>
      <Flex gap={12} wrap>
        <Form.Item name="intervaltype" label={t('snapshotPolicy.interval')} style={{ minWidth: 140 }}>
          <Select aria-label={t('snapshotPolicy.interval')} options={INTERVALS.map((i) => ({ value: i, label: t(`snapshotPolicy.intervals.${i}`) }))} />
        </Form.Item>
        <Form.Item name="minute" label={t('snapshotPolicy.minute')} rules={required}>
          <InputNumber min={0} max={59} precision={0} />
        </Form.Item>
        {interval !== 'HOURLY' && (
          <Form.Item name="hour" label={t('snapshotPolicy.hour')} rules={required}>
            <InputNumber min={0} max={23} precision={0} />
          </Form.Item>
        )}
        {interval === 'WEEKLY' && (
          <Form.Item name="day" label={t('snapshotPolicy.dayOfWeek')} rules={required} style={{ minWidth: 140 }}>
            <Select aria-label={t('snapshotPolicy.dayOfWeek')} options={DAYS.map((d) => ({ value: d, label: t(`snapshotPolicy.days.${d}`) }))} />
          </Form.Item>
        )}
        {interval === 'MONTHLY' && (
          <Form.Item name="day" label={t('snapshotPolicy.dayOfMonth')} rules={required}>
            <InputNumber min={1} max={28} precision={0} />
          </Form.Item>
        )}
      </Flex>
      <Flex gap={12} wrap align="end">
        <Form.Item name="timezone" label={t('snapshotPolicy.timezone')} tooltip={t('snapshotPolicy.timezoneHelp')} rules={[{ required: true, whitespace: true, message: t('common.required') }]} style={{ minWidth: 220 }}>
          <AutoComplete aria-label={t('snapshotPolicy.timezone')} options={TIME_ZONES.map((z) => ({ value: z }))} filterOption={(input, option) => String(option?.value ?? '').toLowerCase().includes(input.toLowerCase())} />
        </Form.Item>
        <Form.Item name="maxsnaps" label={t('snapshotPolicy.maxSnaps')} rules={required}>
          <InputNumber min={1} precision={0} />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" loading={busy}>
            {t('snapshotPolicy.add')}
          </Button>
        </Form.Item>
      </Flex>
    </Form>
  );
}
