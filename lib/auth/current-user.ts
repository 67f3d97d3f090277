import 'server-only';
import { cache } from 'react';
import { getServerSession } from 'next-auth';
import { forbidden, unauthorized } from 'next/navigation';
import { findSessionUser } from '@/lib/data/staff/users';
import { twoFactorEnrolmentDue } from '@/lib/data/staff/two-factor';
import { authOptions } from './options';
import { adminPagePermission, type AdminPagePath } from './admin-pages';
import { can, type Permission } from './permissions';
import type { SessionUser } from './session-user';

export type { SessionUser };

/**
 * The signed-in staff member, checked against the database once per request: null when there
 * is no valid session, the account is disabled, or its session version changed (sign-out,
 * password change, disable) since the cookie was issued.
 */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await getServerSession(authOptions);
  const id = session?.user?.id;
  const sessionVersion = session?.sessionVersion;
  if (typeof id !== 'string' || typeof sessionVersion !== 'number') return null;
  return findSessionUser(id, sessionVersion, session?.sessionId);
});

/**
 * The current user if their role holds `permission` (lib/auth/permissions.ts). Otherwise throws
 * Next's interrupt: unauthorized() (401 page) without a session, forbidden() (403 page) for a
 * role without the permission. Call it first in every server action, route handler and page.
 */
export async function requirePermission(permission: Permission): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) unauthorized();
  if (!can(user.role, permission)) forbidden();
  // A role that requires a second factor acts only to enrol until it has one (the proxy leads
  // its pages to the enrolment page; this stops actions and route handlers).
  if (permission !== 'account.twoFactor' && (await twoFactorEnrolmentDue(user))) forbidden();
  return user;
}

/** An admin page's own check: the permission its entry in lib/auth/admin-pages.ts names. */
export async function requireAdminPage(path: AdminPagePath): Promise<SessionUser> {
  return requirePermission(adminPagePermission(path));
}

/** The id of the session row behind this request's cookie (undefined for tokens that predate it). */
export const getCurrentSessionId = cache(async (): Promise<string | undefined> => {
  const session = await getServerSession(authOptions);
  return session?.sessionId;
});
