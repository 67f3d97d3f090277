import 'server-only';
import { prisma } from '@/lib/db';
import type { SessionUser } from '@/lib/auth/session-user';

const sessionUserSelect = { id: true, email: true, name: true, role: true } as const;

/**
 * The user behind a session token, or null when the account is gone, disabled, or its session
 * version moved on (sign-out, password change, disable) since the token was issued.
 */
export async function findSessionUser(id: string, sessionVersion: number): Promise<SessionUser | null> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  return prisma.user.findFirst({
    where: { id, sessionVersion, disabled: false },
    select: sessionUserSelect,
  });
}

/** Ends every session of the user (copied cookies included): tokens carry the old version. */
export async function bumpSessionVersion(userId: string): Promise<void> {
  await prisma.user.updateMany({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
}
