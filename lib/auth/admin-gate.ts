import 'server-only';
import { findSessionUser } from '@/lib/data/staff/users';
import { twoFactorEnrolmentDue } from '@/lib/data/staff/two-factor';
import { adminPermissionFor } from './admin-routes';
import { can } from './permissions';
import { SESSION_ABSOLUTE_MS } from './session-policy';

// The proxy's decision for an admin page, taken before anything renders: with Cache Components
// a page's own forbidden() arrives after the shell was sent with 200. The token is the decoded
// session cookie (signature and idle expiry already checked by next-auth's getToken); the user
// is read from the database uncached, so a disabled user, a changed role or a bumped session
// version take effect on this very request.

export type AdminGateDecision = 'allow' | 'sign-in' | 'forbidden' | 'enrol';

/** Where a user whose role requires a second factor is led until they have one. */
export const TWO_FACTOR_ENROL_PATH = '/quan-tri/tai-khoan/xac-thuc-hai-buoc';

export interface AdminGateToken {
  sub?: unknown;
  sessionVersion?: unknown;
  signedInAt?: unknown;
  sid?: unknown;
}

export async function decideAdminAccess(token: AdminGateToken | null, pathname: string, now = Date.now()): Promise<AdminGateDecision> {
  if (!token) return 'sign-in';
  const { sub, sessionVersion, signedInAt, sid } = token;
  if (typeof sub !== 'string' || typeof sessionVersion !== 'number') return 'sign-in';
  if (typeof signedInAt !== 'number' || now - signedInAt > SESSION_ABSOLUTE_MS) return 'sign-in';
  const user = await findSessionUser(sub, sessionVersion, typeof sid === 'string' ? sid : undefined);
  if (!user) return 'sign-in';
  if (pathname !== TWO_FACTOR_ENROL_PATH && (await twoFactorEnrolmentDue(user))) return 'enrol';
  return can(user.role, adminPermissionFor(pathname)) ? 'allow' : 'forbidden';
}
