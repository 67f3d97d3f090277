import 'server-only';
import { cache } from 'react';
import { prisma } from '@/lib/db';
import type { SessionUser } from '@/lib/auth/session-user';
import type { Role } from '@/lib/auth/permissions';
import { generatePassword, hashPassword, verifyPassword } from '@/lib/auth/password';
import { issuePasswordLink } from '@/lib/data/password-reset';
import type { Prisma } from '@/lib/generated/prisma/client';
import { recordAudit } from './audit';

const sessionUserSelect = { id: true, email: true, name: true, role: true } as const;

/**
 * The user behind a session token, or null when the account is gone, disabled, or its session
 * version moved on (sign-out, password change, disable) since the token was issued. Read once
 * per render: next-auth's jwt callback and getCurrentUser() both ask.
 */
export const findSessionUser = cache(async (id: string, sessionVersion: number, sessionId?: string): Promise<SessionUser | null> => {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  // Tokens issued since issue 17 name their session row (lib/data/staff/sessions.ts): an ended
  // row ends that session alone. Tokens from before carry none and live out their 8 hours.
  if (sessionId !== undefined && !/^[0-9a-f-]{36}$/i.test(sessionId)) return null;
  return prisma.user.findFirst({
    where: { id, sessionVersion, disabled: false, ...(sessionId ? { sessions: { some: { id: sessionId, endedAt: null } } } : {}) },
    select: sessionUserSelect,
  });
});

/**
 * Ends every session of the user (copied cookies included): tokens carry the old version.
 * Returns the user's email (for the audit entry), or null when there is no such user.
 */
export async function bumpSessionVersion(userId: string): Promise<string | null> {
  const rows = await prisma.user.updateManyAndReturn({ where: { id: userId }, data: { sessionVersion: { increment: 1 } }, select: { email: true } });
  await prisma.userSession.updateMany({ where: { userId, endedAt: null }, data: { endedAt: new Date() } });
  return rows[0]?.email ?? null;
}

// ---- User management (ADMIN screens). Writes that could remove the last active admin lock the
// active admin rows first, so two concurrent demotions can't both pass the check.

export interface AdminUserRow {
  id: string;
  email: string;
  name: string;
  role: Role;
  disabled: boolean;
  lastSignInAt: Date | null;
  /** Temporarily locked after failed sign-ins. */
  locked: boolean;
  /** Signs in with a second factor. */
  twoFactor: boolean;
  createdAt: Date;
}

export type UserWriteResult = { ok: true } | { ok: false; reason: 'not-found' | 'last-admin' | 'email-taken' | 'has-content' };

const adminUserSelect = {
  id: true,
  email: true,
  name: true,
  role: true,
  disabled: true,
  lastSignInAt: true,
  lockedUntil: true,
  totpEnabledAt: true,
  createdAt: true,
} as const;

export async function listUsers(now = new Date()): Promise<AdminUserRow[]> {
  const rows = await prisma.user.findMany({ select: adminUserSelect, orderBy: [{ disabled: 'asc' }, { role: 'asc' }, { name: 'asc' }] });
  return rows.map(({ lockedUntil, totpEnabledAt, ...row }) => ({
    ...row,
    locked: lockedUntil !== null && lockedUntil > now,
    twoFactor: totpEnabledAt !== null,
  }));
}

export async function createUser(
  input: { name: string; email: string; role: Role; password: string },
  actor: SessionUser,
): Promise<UserWriteResult & { id?: string }> {
  const passwordHash = await hashPassword(input.password);
  try {
    return await prisma.$transaction(async (tx) => {
      const user = await tx.user.create({ data: { name: input.name, email: input.email, role: input.role, passwordHash }, select: { id: true } });
      await recordAudit(
        { actor, action: 'user.create', entityType: 'User', entityId: user.id, summary: { email: input.email, name: input.name, role: input.role } },
        tx,
      );
      return { ok: true as const, id: user.id };
    });
  } catch (error) {
    if (typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'P2002') return { ok: false, reason: 'email-taken' };
    throw error;
  }
}

/**
 * Invites by email: the account exists at once with a random password nobody knows, and the
 * invitee sets their own from a single-use link mailed to them (valid 72 h).
 */
export async function inviteUser(input: { name: string; email: string; role: Role }, actor: SessionUser): Promise<UserWriteResult & { id?: string }> {
  const passwordHash = await hashPassword(generatePassword());
  try {
    return await prisma.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { name: input.name, email: input.email, role: input.role, passwordHash },
        select: { id: true, email: true, name: true },
      });
      await issuePasswordLink(user, 'INVITE', tx);
      await recordAudit(
        { actor, action: 'user.invite', entityType: 'User', entityId: user.id, summary: { email: input.email, name: input.name, role: input.role } },
        tx,
      );
      return { ok: true as const, id: user.id };
    });
  } catch (error) {
    if (typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'P2002') return { ok: false, reason: 'email-taken' };
    throw error;
  }
}

/** Runs `change` for `userId` unless it would leave no active admin (`removesAdmin` says whether it would take this user out of the active admins). */
async function guardedUserChange(
  userId: string,
  removesAdmin: (user: { role: Role; disabled: boolean }) => boolean,
  change: (tx: Prisma.TransactionClient, before: { email: string; role: Role; disabled: boolean }) => Promise<void>,
): Promise<UserWriteResult> {
  return prisma.$transaction(async (tx) => {
    // Locks every active admin row until commit; a concurrent guarded change waits, then re-counts.
    const activeAdmins = await tx.$queryRaw<{ id: string }[]>`SELECT id::text AS id FROM users WHERE role = 'ADMIN' AND disabled = false FOR UPDATE`;
    const before = await tx.user.findUnique({ where: { id: userId }, select: { email: true, role: true, disabled: true } });
    if (!before) return { ok: false, reason: 'not-found' };
    const isActiveAdmin = before.role === 'ADMIN' && !before.disabled;
    if (isActiveAdmin && removesAdmin(before) && activeAdmins.filter((admin) => admin.id !== userId).length === 0) {
      return { ok: false, reason: 'last-admin' };
    }
    await change(tx, before);
    return { ok: true };
  });
}

export async function changeUserRole(userId: string, role: Role, actor: SessionUser): Promise<UserWriteResult> {
  return guardedUserChange(
    userId,
    () => role !== 'ADMIN',
    async (tx, before) => {
      await tx.user.update({ where: { id: userId }, data: { role } });
      await recordAudit(
        { actor, action: 'user.changeRole', entityType: 'User', entityId: userId, summary: { email: before.email, from: before.role, to: role } },
        tx,
      );
    },
  );
}

/** Disabling also ends the user's sessions (the session version moves on). */
export async function setUserDisabled(userId: string, disabled: boolean, actor: SessionUser): Promise<UserWriteResult> {
  return guardedUserChange(
    userId,
    () => disabled,
    async (tx, before) => {
      await tx.user.update({
        where: { id: userId },
        data: disabled ? { disabled, sessionVersion: { increment: 1 } } : { disabled, failedSignIns: 0, lockedUntil: null },
      });
      await recordAudit(
        { actor, action: disabled ? 'user.disable' : 'user.enable', entityType: 'User', entityId: userId, summary: { email: before.email } },
        tx,
      );
    },
  );
}

/** Sets a new password, ends the user's sessions and lifts a sign-in lock. */
export async function resetUserPassword(userId: string, password: string, actor: SessionUser): Promise<UserWriteResult> {
  const passwordHash = await hashPassword(password);
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({
      where: { id: userId },
      data: { passwordHash, sessionVersion: { increment: 1 }, failedSignIns: 0, lockedUntil: null },
    });
    if (count === 0) return { ok: false, reason: 'not-found' } as const;
    await recordAudit({ actor, action: 'user.resetPassword', entityType: 'User', entityId: userId }, tx);
    return { ok: true } as const;
  });
}

/** Deletes a user who never wrote an article (others must be disabled instead, to keep authorship). */
export async function deleteUser(userId: string, actor: SessionUser): Promise<UserWriteResult> {
  try {
    return await guardedUserChange(
      userId,
      () => true,
      async (tx, before) => {
        await tx.user.delete({ where: { id: userId } });
        await recordAudit({ actor, action: 'user.delete', entityType: 'User', entityId: userId, summary: { email: before.email, role: before.role } }, tx);
      },
    );
  } catch (error) {
    // Article.author is ON DELETE RESTRICT.
    if (typeof error === 'object' && error !== null && ['P2003', 'P2014'].includes(String((error as { code?: unknown }).code)))
      return { ok: false, reason: 'has-content' };
    throw error;
  }
}

/** Changes the caller's own password after checking the current one; ends all their sessions. */
export async function changeOwnPassword(userId: string, currentPassword: string, newPassword: string): Promise<'ok' | 'wrong-password'> {
  const user = await prisma.user.findUnique({ where: { id: userId }, select: { email: true, passwordHash: true } });
  if (!(await verifyPassword(user?.passwordHash, currentPassword)) || !user) return 'wrong-password';
  const passwordHash = await hashPassword(newPassword);
  await prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { passwordHash, sessionVersion: { increment: 1 } } });
    await recordAudit({ actor: { id: userId, email: user.email }, action: 'account.changePassword', entityType: 'User', entityId: userId }, tx);
  });
  return 'ok';
}
