/** Snapshot policy intervals, in the order of upstream's IntervalType numbers (0 hourly ... 3 monthly). */
export const INTERVALS = ['HOURLY', 'DAILY', 'WEEKLY', 'MONTHLY'] as const;
export type Interval = (typeof INTERVALS)[number];

/** A few IANA time zones to pick from; any other can be typed. */
export const TIME_ZONES = [
  'UTC',
  'Europe/London',
  'Europe/Berlin',
  'America/New_York',
  'America/Chicago',
  'America/Los_Angeles',
  'America/Sao_Paulo',
  'Asia/Shanghai',
  'Asia/Tokyo',
  'Asia/Kolkata',
  'Australia/Sydney',
];

export interface ScheduleParts {
  minute: number;
  hour?: number;
  /** Weekly: 1 (Sunday) to 7 (Saturday); monthly: 1 to 28. */
  day?: number;
}

const two = (n: number | undefined) => String(n ?? 0).padStart(2, '0');

/**
 * Upstream's schedule string: "MM" hourly, "MM:HH" daily, "MM:HH:D" weekly (1 = Sunday) and
 * "MM:HH:DD" monthly.
 */
export function buildSchedule(interval: Interval, parts: ScheduleParts): string {
  switch (interval) {
    case 'HOURLY':
      return two(parts.minute);
    case 'DAILY':
      return `${two(parts.minute)}:${two(parts.hour)}`;
    case 'WEEKLY':
      return `${two(parts.minute)}:${two(parts.hour)}:${parts.day ?? 1}`;
    case 'MONTHLY':
      return `${two(parts.minute)}:${two(parts.hour)}:${two(parts.day ?? 1)}`;
  }
}

/** The policy's intervaltype as a name: the API answers its number (0-3), older callers its name. */
export function intervalName(value: number | string | undefined): Interval | undefined {
  if (typeof value === 'number') return INTERVALS[value];
  if (value === undefined) return undefined;
  const upper = value.toUpperCase();
  if (/^\d+$/.test(upper)) return INTERVALS[Number(upper)];
  return (INTERVALS as readonly string[]).includes(upper) ? (upper as Interval) : undefined;
}

/** A schedule string read back into its parts, or undefined when it does not fit the interval. */
export function parseSchedule(interval: Interval, schedule: string): ScheduleParts | undefined {
  const parts = schedule.split(':').map((p) => (/^\d+$/.test(p) ? Number(p) : NaN));
  const expected = interval === 'HOURLY' ? 1 : interval === 'DAILY' ? 2 : 3;
  if (parts.length !== expected || parts.some(Number.isNaN)) return undefined;
  return { minute: parts[0], hour: parts[1], day: parts[2] };
}
