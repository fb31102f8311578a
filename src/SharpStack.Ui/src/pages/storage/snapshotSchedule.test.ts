import { describe, expect, it } from 'vitest';
import { buildSchedule, intervalName, parseSchedule } from './snapshotSchedule';

describe('snapshot schedules', () => {
  it('are written in upstream format for each interval', () => {
    expect(buildSchedule('HOURLY', { minute: 5 })).toBe('05');
    expect(buildSchedule('DAILY', { minute: 30, hour: 2 })).toBe('30:02');
    expect(buildSchedule('WEEKLY', { minute: 0, hour: 23, day: 1 })).toBe('00:23:1');
    expect(buildSchedule('MONTHLY', { minute: 15, hour: 4, day: 28 })).toBe('15:04:28');
    expect(buildSchedule('MONTHLY', { minute: 15, hour: 4, day: 3 })).toBe('15:04:03');
  });
  it('read the interval as a number or a name, and the schedule back', () => {
    expect([0, 1, 2, 3, '2', 'daily', 'x', undefined].map(intervalName)).toEqual(['HOURLY', 'DAILY', 'WEEKLY', 'MONTHLY', 'WEEKLY', 'DAILY', undefined, undefined]);
    expect(parseSchedule('WEEKLY', '00:23:1')).toEqual({ minute: 0, hour: 23, day: 1 });
    expect(parseSchedule('HOURLY', '7')).toEqual({ minute: 7, hour: undefined, day: undefined });
    expect(parseSchedule('DAILY', '30')).toBeUndefined();
  });
});
