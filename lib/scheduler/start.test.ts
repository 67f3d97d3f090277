import { describe, expect, it } from 'vitest';
import { schedulerOrigin } from './start';

describe('schedulerOrigin', () => {
  it('reaches this instance from the configured PORT and HOSTNAME, never from framework internals', () => {
    expect(schedulerOrigin({})).toBe('http://127.0.0.1:3000');
    expect(schedulerOrigin({ PORT: '4100', HOSTNAME: '0.0.0.0', __NEXT_PRIVATE_ORIGIN: 'http://elsewhere:1' })).toBe('http://127.0.0.1:4100');
    expect(schedulerOrigin({ PORT: '4100', HOSTNAME: '::' })).toBe('http://127.0.0.1:4100');
    expect(schedulerOrigin({ PORT: '8080', HOSTNAME: '10.0.0.5' })).toBe('http://10.0.0.5:8080');
    expect(schedulerOrigin({ PORT: '8080', HOSTNAME: '::1' })).toBe('http://[::1]:8080');
  });
});
