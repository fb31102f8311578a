import { Flex, Progress, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Capacity } from '../api/types';
import { capacityPercent, formatCapacityValue } from '../utils/format';

/** The capacity types shown by default: memory, CPU, primary storage, secondary storage, CPU cores. */
export const MAIN_CAPACITY_TYPES = [0, 1, 2, 6, 19];

export function capacityColor(percent: number): string | undefined {
  if (percent >= 90) return '#ff4d4f';
  if (percent >= 75) return '#faad14';
  return undefined;
}

/** One labelled bar per capacity type: "Memory 12 GiB / 64 GiB" over a progress bar. */
export function CapacityBars({ capacity, types = MAIN_CAPACITY_TYPES, compact = false }: { capacity: Capacity[] | undefined; types?: number[]; compact?: boolean }) {
  const { t } = useTranslation();
  const rows = (capacity ?? []).filter((c) => types.includes(c.type)).sort((a, b) => types.indexOf(a.type) - types.indexOf(b.type));
  if (rows.length === 0) return <Typography.Text type="secondary">{t('infra.noCapacity')}</Typography.Text>;
  return (
    <Flex vertical gap={compact ? 0 : 4} style={{ minWidth: compact ? 220 : undefined }}>
      {rows.map((c) => {
        const percent = capacityPercent(c);
        const label = t(`capacityType.${c.type}`, { defaultValue: c.name ?? String(c.type) });
        return (
          <div key={`${c.type}-${c.zoneid ?? ''}-${c.podid ?? ''}-${c.clusterid ?? ''}`} aria-label={label}>
            <Flex justify="space-between" gap={8}>
              <Typography.Text style={{ fontSize: compact ? 12 : undefined }}>{label}</Typography.Text>
              <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'nowrap' }}>
                {formatCapacityValue(c.type, c.capacityused)} / {formatCapacityValue(c.type, c.capacitytotal)}
              </Typography.Text>
            </Flex>
            <Progress percent={Math.round(percent * 10) / 10} size="small" strokeColor={capacityColor(percent)} status="normal" />
          </div>
        );
      })}
    </Flex>
  );
}
