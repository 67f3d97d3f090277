import { createCipheriv, createDecipheriv, hkdfSync, randomBytes, randomInt } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';
import QRCode from 'qrcode';
import type { Role } from './permissions';

// Two-factor sign-in with an authenticator app (RFC 6238 TOTP through `otpauth`): 30-second
// steps, 6 digits, SHA-1 (what every authenticator app supports). Pure functions: the DAL
// (lib/data/staff/two-factor.ts) stores what these produce.

export const TOTP_ISSUER = 'CCN Ninh Bình';
/** Steps accepted either side of now: ±30 s for a phone whose clock drifts a little. */
export const TOTP_WINDOW = 1;
export const TOTP_PERIOD_SECONDS = 30;
export const RECOVERY_CODE_COUNT = 10;

/** Who must use a second factor, an admin setting ('twoFactor.requiredRoles'). */
export type TwoFactorPolicy = 'none' | 'ADMIN' | 'ADMIN_EDITOR';
export const TWO_FACTOR_POLICIES: readonly TwoFactorPolicy[] = ['none', 'ADMIN', 'ADMIN_EDITOR'];

export function twoFactorRequiredFor(role: Role, policy: TwoFactorPolicy): boolean {
  if (policy === 'ADMIN') return role === 'ADMIN';
  if (policy === 'ADMIN_EDITOR') return role === 'ADMIN' || role === 'EDITOR';
  return false;
}

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

function totp(secretBase32: string, label = ''): TOTP {
  return new TOTP({ issuer: TOTP_ISSUER, label, secret: Secret.fromBase32(secretBase32), period: TOTP_PERIOD_SECONDS, digits: 6, algorithm: 'SHA1' });
}

/** The otpauth:// address an authenticator app reads from the QR code. */
export function totpUri(secretBase32: string, email: string): string {
  return totp(secretBase32, email).toString();
}

/** The QR code of `uri` as an SVG document, rendered on the server. */
export function qrSvg(uri: string): Promise<string> {
  return QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
}

/** The code an app shows at `timestamp` (tests and the e2e journey compute codes with it). */
export function totpCode(secretBase32: string, timestamp = Date.now()): string {
  return totp(secretBase32).generate({ timestamp });
}

/** Only digits, as typed ("123 456" → "123456"), or null when it cannot be a code. */
export function normalizeTotpCode(raw: string): string | null {
  const digits = raw.replace(/[\s-]/g, '');
  return /^\d{6}$/.test(digits) ? digits : null;
}

/**
 * The time-step a code belongs to when it is valid within the window and newer than the last
 * step accepted for this account (each code works once), else null.
 */
export function acceptedTotpStep(secretBase32: string, code: string, lastStep: number | null, now = Date.now()): number | null {
  const token = normalizeTotpCode(code);
  if (!token) return null;
  const delta = totp(secretBase32).validate({ token, timestamp: now, window: TOTP_WINDOW });
  if (delta === null) return null;
  const step = TOTP.counter({ period: TOTP_PERIOD_SECONDS, timestamp: now }) + delta;
  return lastStep !== null && step <= lastStep ? null : step;
}

// ---- Recovery codes: "abcde-fghij" from an alphabet without look-alikes (about 48 bits each).
const RECOVERY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

export function generateRecoveryCodes(count = RECOVERY_CODE_COUNT): string[] {
  return Array.from({ length: count }, () => {
    const chars = Array.from({ length: 10 }, () => RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)]).join('');
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
}

/** As stored and compared: lower case, no separators; null when it cannot be a recovery code. */
export function normalizeRecoveryCode(raw: string): string | null {
  const compact = raw.replace(/[\s-]/g, '').toLowerCase();
  return new RegExp(`^[${RECOVERY_ALPHABET}]{10}$`).test(compact) ? compact : null;
}

// ---- The secret at rest: AES-256-GCM under a key derived from TWO_FACTOR_KEY (or, when unset,
// NEXTAUTH_SECRET). A database dump alone does not give anyone the secrets. Outside production
// (development, tests) a fixed key stands in when neither is set, as next-auth itself allows.

function secretKey(): Buffer {
  const material = process.env.TWO_FACTOR_KEY || process.env.NEXTAUTH_SECRET || (process.env.NODE_ENV === 'production' ? '' : 'ccn-development-only-key');
  if (!material) throw new Error('NEXTAUTH_SECRET (or TWO_FACTOR_KEY) must be set to store two-factor secrets.');
  return Buffer.from(hkdfSync('sha256', material, 'ccn-two-factor', 'totp-secret-v1', 32));
}

export function encryptTotpSecret(secretBase32: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', secretKey(), iv);
  const body = Buffer.concat([cipher.update(secretBase32, 'utf8'), cipher.final()]);
  return ['v1', iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), body.toString('base64url')].join('.');
}

/** The base32 secret, or null when the stored value was not written under the current key. */
export function decryptTotpSecret(stored: string): string | null {
  const [version, iv, tag, body] = stored.split('.');
  if (version !== 'v1' || !iv || !tag || !body) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', secretKey(), Buffer.from(iv, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}
