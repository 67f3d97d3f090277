import { describe, expect, it } from 'vitest';
import { formatCount } from './number';

describe('formatCount', () => {
  it('separates thousands with dots', () => {
    expect(formatCount(0)).toBe('0');
    expect(formatCount(100)).toBe('100');
    expect(formatCount(1000)).toBe('1.000');
    expect(formatCount(1234567)).toBe('1.234.567');
  });
});
