import { randomBytes } from 'node:crypto';
import { expect } from 'vitest';
import { hashPassword } from '@/lib/auth/password';
import type { Role } from '@/lib/auth/permissions';
import { prisma } from '@/lib/db';
import type { Session } from 'next-auth';
import { getTestSession, setTestSession } from './session-store';

/*
 * Run server actions and the DAL as a given role, through the real getCurrentUser() /
 * requirePermission() (the user is a real row; its role, `disabled` and sessionVersion are
 * checked against the database exactly as in production). Only `getServerSession` is replaced.
 *
 *   import { describe, expect, it, vi } from 'vitest';
 *   vi.mock('next-auth', () => import('@/test/next-auth-mock'));   // MUST be in the test file
 *   import { actAs, expectForbidden, expectUnauthorized } from '@/test/act-as';
 *   import { createLinkedSite } from '@/lib/actions/linked-sites';
 *
 *   const admin = await actAs('ADMIN');          // creates an ADMIN user and "signs in" as it
 *   await createLinkedSite(undefined, formData);  // runs as that admin
 *   await actAs('EDITOR', { name: 'Biên tập A' }); // a new EDITOR user (overrides are optional)
 *   await expectForbidden(createLinkedSite(undefined, formData));   // 403 interrupt
 *   await actAs(null);                            // anonymous
 *   await expectUnauthorized(createLinkedSite(undefined, formData)); // 401 interrupt
 *   await actAs(admin);                           // back to an existing TestUser
 *
 * Every call to actAs(role) creates a NEW user with a unique email, so tests don't collide.
 * The created user's password is `user.password` (for sign-in tests).
 */

export interface TestUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  password: string;
}

const TEST_PASSWORD = 'mat-khau-thu-nghiem-1';
let passwordHash: Promise<string> | undefined;

export async function createTestUser(role: Role, overrides: { name?: string; email?: string; disabled?: boolean } = {}): Promise<TestUser> {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const email = overrides.email ?? `${role.toLowerCase()}-${randomBytes(5).toString('hex')}@test.local`;
  const name = overrides.name ?? `Người dùng ${role} ${email.slice(0, 14)}`;
  const user = await prisma.user.create({
    data: { email, name, role, disabled: overrides.disabled ?? false, passwordHash: await passwordHash },
    select: { id: true, email: true, name: true, role: true },
  });
  return { ...user, password: TEST_PASSWORD };
}

/** Makes getServerSession return a session for this user (a new one of `role`), or none for null. */
export async function actAs(who: Role | TestUser | null, overrides: { name?: string; email?: string } = {}): Promise<TestUser | null> {
  if (who === null) {
    setTestSession(null);
    return null;
  }
  const user = typeof who === 'string' ? await createTestUser(who, overrides) : who;
  // The token carries the version current at "sign-in"; bumping it later ends this session.
  const row = await prisma.user.findUniqueOrThrow({ where: { id: user.id }, select: { sessionVersion: true } });
  setTestSession({ expires: new Date(Date.now() + 3_600_000).toISOString(), user: { id: user.id }, sessionVersion: row.sessionVersion });
  return user;
}

/** Like actAs(role) but never null, for the common case. */
export async function signedInAs(role: Role, overrides: { name?: string; email?: string } = {}): Promise<TestUser> {
  const user = await actAs(role, overrides);
  if (!user) throw new Error('unreachable');
  return user;
}

export async function expectForbidden(promise: Promise<unknown>): Promise<void> {
  await expect(promise).rejects.toMatchObject({ digest: 'NEXT_HTTP_ERROR_FALLBACK;403' });
}

export async function expectUnauthorized(promise: Promise<unknown>): Promise<void> {
  await expect(promise).rejects.toMatchObject({ digest: 'NEXT_HTTP_ERROR_FALLBACK;401' });
}

/** FormData from a plain object, for calling form actions directly. */
export function formData(values: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.set(key, value);
  return data;
}

/**
 * The current fake session cookie, to replay later: `const cookie = copySession(); …;
 * replaySession(cookie)` models a copied cookie whose session version may since have changed.
 */
export function copySession(): Session | null {
  return getTestSession();
}

export function replaySession(session: Session | null): void {
  setTestSession(session);
}
