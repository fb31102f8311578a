import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const colors: Record<string, string> = {
  enabled: 'green',
  active: 'green',
  completed: 'green',
  allow: 'green',
  disabled: 'orange',
  locked: 'red',
  inactive: 'default',
  deny: 'red',
  info: 'blue',
  warn: 'orange',
  error: 'red',
  up: 'green',
  managed: 'green',
  down: 'red',
  disconnected: 'red',
  alert: 'red',
  connecting: 'processing',
  prepareformaintenance: 'processing',
  maintenance: 'purple',
  errorinmaintenance: 'red',
  running: 'green',
  stopped: 'default',
  starting: 'processing',
  stopping: 'processing',
  migrating: 'processing',
  expunging: 'processing',
  destroyed: 'red',
  destroy: 'red',
  ready: 'green',
  allocated: 'blue',
  implemented: 'green',
  implementing: 'processing',
  setup: 'blue',
  shutdown: 'default',
};

/** A coloured tag for a state, level or permission word as the API spells it. */
export function StateTag({ value }: { value: string | undefined }) {
  const { t } = useTranslation();
  if (!value) return null;
  const key = value.toLowerCase();
  const label = t(`states.${key}`, { defaultValue: value });
  return <Tag color={colors[key] ?? 'default'}>{label}</Tag>;
}
