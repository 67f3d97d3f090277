import { describe, expect, it } from 'vitest';
import { hoChiMinhLocalToUtc, utcToHoChiMinhLocal } from './schedule-time';

describe('Asia/Ho_Chi_Minh schedule times', () => {
  it('converts local wall time to UTC (UTC+7)', () => {
    expect(hoChiMinhLocalToUtc('2026-11-26T08:30')?.toISOString()).toBe('2026-11-26T01:30:00.000Z');
    expect(hoChiMinhLocalToUtc('2026-01-01T03:00')?.toISOString()).toBe('2025-12-31T20:00:00.000Z');
  });

  it('round-trips for the datetime-local input', () => {
    expect(utcToHoChiMinhLocal(new Date('2026-11-26T01:30:00Z'))).toBe('2026-11-26T08:30');
  });

  it('rejects malformed or impossible dates', () => {
    expect(hoChiMinhLocalToUtc('2026-02-30T08:00')).toBeNull();
    expect(hoChiMinhLocalToUtc('26/11/2026 08:30')).toBeNull();
    expect(hoChiMinhLocalToUtc('2026-11-26T24:10')).toBeNull();
  });
});
