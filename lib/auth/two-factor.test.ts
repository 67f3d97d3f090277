import { describe, expect, it } from 'vitest';
import {
  acceptedTotpStep,
  decryptTotpSecret,
  encryptTotpSecret,
  generateRecoveryCodes,
  newTotpSecret,
  normalizeRecoveryCode,
  normalizeTotpCode,
  totpCode,
  totpUri,
  twoFactorRequiredFor,
} from './two-factor';

process.env.NEXTAUTH_SECRET ??= 'bi-mat-thu-nghiem-cho-vitest-0123456789';

const T0 = Date.UTC(2026, 11, 6, 8, 0, 15);
const step = (timestamp: number) => Math.floor(timestamp / 30_000);

describe('TOTP codes', () => {
  it('accepts the current code and its neighbours (±30 s), nothing further', () => {
    const secret = newTotpSecret();
    expect(acceptedTotpStep(secret, totpCode(secret, T0), null, T0)).toBe(step(T0));
    expect(acceptedTotpStep(secret, totpCode(secret, T0 - 30_000), null, T0)).toBe(step(T0) - 1);
    expect(acceptedTotpStep(secret, totpCode(secret, T0 + 30_000), null, T0)).toBe(step(T0) + 1);
    expect(acceptedTotpStep(secret, totpCode(secret, T0 - 60_000), null, T0)).toBeNull();
    expect(acceptedTotpStep(secret, totpCode(secret, T0 + 60_000), null, T0)).toBeNull();
  });

  it('refuses a code of a step already used, or older (each code works once)', () => {
    const secret = newTotpSecret();
    const code = totpCode(secret, T0);
    expect(acceptedTotpStep(secret, code, step(T0), T0)).toBeNull();
    expect(acceptedTotpStep(secret, totpCode(secret, T0 - 30_000), step(T0), T0)).toBeNull();
    expect(acceptedTotpStep(secret, totpCode(secret, T0 + 30_000), step(T0), T0)).toBe(step(T0) + 1);
  });

  it('refuses another secret’s code and anything that is not six digits; spaces are allowed', () => {
    const secret = newTotpSecret();
    expect(acceptedTotpStep(newTotpSecret(), totpCode(secret, T0), null, T0)).toBeNull();
    const code = totpCode(secret, T0);
    expect(acceptedTotpStep(secret, `${code.slice(0, 3)} ${code.slice(3)}`, null, T0)).toBe(step(T0));
    for (const bad of ['', '12345', '1234567', 'abcdef', '12345a']) expect(normalizeTotpCode(bad)).toBeNull();
  });

  it('builds an otpauth address apps read (issuer, account, secret)', () => {
    const secret = newTotpSecret();
    const uri = new URL(totpUri(secret, 'bien-tap@example.vn'));
    expect(uri.protocol).toBe('otpauth:');
    expect(uri.searchParams.get('secret')).toBe(secret);
    expect(uri.searchParams.get('issuer')).toBe('CCN Ninh Bình');
    expect(decodeURIComponent(uri.pathname)).toContain('bien-tap@example.vn');
  });
});

describe('secret at rest', () => {
  it('round-trips, never holds the secret in clear, and fails closed under another key', () => {
    const secret = newTotpSecret();
    const stored = encryptTotpSecret(secret);
    expect(stored).not.toContain(secret);
    expect(encryptTotpSecret(secret)).not.toBe(stored);
    expect(decryptTotpSecret(stored)).toBe(secret);
    expect(decryptTotpSecret(stored.slice(0, -2) + 'AA')).toBeNull();
    const saved = process.env.TWO_FACTOR_KEY;
    process.env.TWO_FACTOR_KEY = 'mot-khoa-khac-hoan-toan';
    try {
      expect(decryptTotpSecret(stored)).toBeNull();
    } finally {
      if (saved === undefined) delete process.env.TWO_FACTOR_KEY;
      else process.env.TWO_FACTOR_KEY = saved;
    }
  });
});

describe('recovery codes', () => {
  it('are ten distinct codes that normalise however they are typed', () => {
    const codes = generateRecoveryCodes();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) {
      expect(code).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}$/);
      expect(normalizeRecoveryCode(` ${code.toUpperCase()} `)).toBe(code.replace('-', ''));
    }
    expect(normalizeRecoveryCode('123456')).toBeNull();
  });
});

describe('policy', () => {
  it('names the roles that must use a second factor', () => {
    expect(twoFactorRequiredFor('ADMIN', 'none')).toBe(false);
    expect(twoFactorRequiredFor('ADMIN', 'ADMIN')).toBe(true);
    expect(twoFactorRequiredFor('EDITOR', 'ADMIN')).toBe(false);
    expect(twoFactorRequiredFor('EDITOR', 'ADMIN_EDITOR')).toBe(true);
    expect(twoFactorRequiredFor('AUTHOR', 'ADMIN_EDITOR')).toBe(false);
  });
});
