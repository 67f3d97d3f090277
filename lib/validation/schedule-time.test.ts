import { describe, expect, it } from 'vitest';
import { hoChiMinhLocalToUtc, utcToHoChiMinhLocal, localToTypedDateTime, typedDateTimeToLocal } from './schedule-time';

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

describe('typed schedule (dd/mm/yyyy + hh:mm, Vietnam time)', () => {
  it('reads day before month, whatever the browser locale', () => {
    expect(typedDateTimeToLocal('03/04/2027', '08:30')).toBe('2027-04-03T08:30');
    expect(hoChiMinhLocalToUtc(typedDateTimeToLocal('03/04/2027', '08:30')!)?.toISOString()).toBe('2027-04-03T01:30:00.000Z');
    expect(typedDateTimeToLocal('3/4/2027', '8:05')).toBe('2027-04-03T08:05');
    expect(typedDateTimeToLocal('3/4/2027', '8h05')).toBe('2027-04-03T08:05');
  });

  it('refuses impossible days, US order, 12-hour times and junk', () => {
    expect(typedDateTimeToLocal('31/02/2027', '08:30')).toBeNull();
    expect(typedDateTimeToLocal('12/31/2027', '08:30')).toBeNull();
    expect(typedDateTimeToLocal('2027-04-03', '08:30')).toBeNull();
    expect(typedDateTimeToLocal('03/04/2027', '24:00')).toBeNull();
    expect(typedDateTimeToLocal('03/04/2027', '8:30 PM')).toBeNull();
    expect(typedDateTimeToLocal('', '')).toBeNull();
  });

  it('shows a stored local time back in the same two fields', () => {
    expect(localToTypedDateTime('2027-04-03T08:30')).toEqual({ date: '03/04/2027', time: '08:30' });
    expect(localToTypedDateTime('')).toEqual({ date: '', time: '' });
  });
});
