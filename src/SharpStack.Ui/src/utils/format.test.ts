import { describe, expect, it } from 'vitest';
import { commandName, parseCloudDate } from './format';
import { compareValues } from './sort';

describe('parseCloudDate', () => {
  it('reads the API date format with a +hhmm offset', () => {
    expect(parseCloudDate('2025-10-30T19:21:39+0530')?.toISOString()).toBe('2025-10-30T13:51:39.000Z');
    expect(parseCloudDate('2026-11-24T19:00:39+0000')?.toISOString()).toBe('2026-11-24T19:00:39.000Z');
  });
  it('returns null for nothing or garbage', () => {
    expect(parseCloudDate(undefined)).toBeNull();
    expect(parseCloudDate('yesterday')).toBeNull();
  });
});

describe('commandName', () => {
  it('turns the job cmd class into the API name', () => {
    expect(commandName('org.apache.cloudstack.api.command.admin.account.DisableAccountCmd')).toBe('disableAccount');
    expect(commandName('org.apache.cloudstack.api.command.admin.domain.DeleteDomainCmd')).toBe('deleteDomain');
    expect(commandName(undefined)).toBe('');
  });
});

describe('compareValues', () => {
  it('sorts numbers, text (naturally) and empties first', () => {
    expect(['b10', 'b2', 'a'].sort(compareValues)).toEqual(['a', 'b2', 'b10']);
    expect([3, 1, 2].sort(compareValues)).toEqual([1, 2, 3]);
    expect(['x', null, 'a', ''].sort(compareValues)).toEqual([null, '', 'a', 'x']);
  });
});

describe('capacity formatting', () => {
  it('formats bytes, CPU and counts', async () => {
    const { formatBytes, formatCapacityValue, capacityPercent } = await import('./format');
    expect(formatBytes(1610612736)).toBe('1.5 GiB');
    expect(formatBytes(1099511627776)).toBe('1 TiB');
    expect(formatBytes(512)).toBe('512 B');
    expect(formatCapacityValue(1, 76800)).toBe('76.8 GHz');
    expect(formatCapacityValue(19, 32)).toBe('32');
    expect(capacityPercent({ percentused: '69.13', capacityused: 1, capacitytotal: 2 })).toBeCloseTo(69.13);
    expect(capacityPercent({ capacityused: 1, capacitytotal: 4 })).toBe(25);
  });
});
