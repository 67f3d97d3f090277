import { describe, expect, it } from 'vitest';
import { cookieFrom, isKnownDevice, rememberDevice } from './known-device';
import { SIGN_IN_FAILED_MESSAGE, addressThrottledCode, signInFailureMessage } from './messages';

const secret = 'x'.repeat(40);

describe('known-device cookie', () => {
  it('recognises the accounts this browser signed in to, and only with the right secret', () => {
    const one = rememberDevice(undefined, 'A@example.vn', secret);
    expect(one).not.toContain('example');
    expect(isKnownDevice(one ?? '', 'a@example.vn', secret)).toBe(true);
    expect(isKnownDevice(one ?? '', 'b@example.vn', secret)).toBe(false);
    expect(isKnownDevice(one ?? '', 'a@example.vn', 'y'.repeat(40))).toBe(false);
    const two = rememberDevice(one ?? '', 'b@example.vn', secret) ?? '';
    expect(isKnownDevice(two, 'a@example.vn', secret) && isKnownDevice(two, 'b@example.vn', secret)).toBe(true);
    expect(isKnownDevice('garbage.%00', 'a@example.vn', secret)).toBe(false);
    expect(rememberDevice(undefined, 'a@example.vn', '')).toBeNull();
    expect(cookieFrom('a=1; ccn-thiet-bi-quen=abc; b=2', 'ccn-thiet-bi-quen')).toBe('abc');
  });

  it('tells a throttled user what happened and how long to wait, in Vietnamese', () => {
    expect(signInFailureMessage(addressThrottledCode(42))).toContain('42 giây');
    expect(signInFailureMessage('CredentialsSignin')).toBe(SIGN_IN_FAILED_MESSAGE);
    expect(signInFailureMessage(undefined)).toBe(SIGN_IN_FAILED_MESSAGE);
  });
});
