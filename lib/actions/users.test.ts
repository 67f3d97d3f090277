import { beforeEach, describe, expect, it, vi } from 'vitest';
vi.mock('next-auth', () => import('@/test/next-auth-mock'));
import { prisma } from '@/lib/db';
import { authenticate } from '@/lib/data/staff/sign-in';
import { changeUserRole, setUserDisabled } from '@/lib/data/staff/users';
import { actAs, copySession, createTestUser, expectForbidden, expectUnauthorized, formData, replaySession, signedInAs } from '@/test/act-as';
import { getCurrentUser } from '@/lib/auth/current-user';
import { changeUserRoleAction, createUserAction, deleteUserAction, resetUserPasswordAction, setUserDisabledAction } from './users';

const snapshot = () => prisma.user.findMany({ orderBy: { id: 'asc' }, omit: { passwordHash: false } });

beforeEach(async () => {
  await prisma.auditLog.deleteMany();
  await prisma.article.deleteMany();
  await prisma.user.deleteMany();
});

describe('createUserAction', () => {
  it('creates a user with a generated password shown once, which works for sign-in', async () => {
    await actAs('ADMIN');
    const result = await createUserAction(null, formData({ name: 'Nguyễn Văn A', email: 'A@Example.vn', role: 'EDITOR', password: '' }));
    expect(result.ok).toBe(true);
    const password = result.data?.generatedPassword;
    expect(password).toMatch(/^[A-Za-z0-9]{16}$/);
    expect(JSON.stringify(result)).not.toContain('$argon2');
    const created = await prisma.user.findUniqueOrThrow({ where: { email: 'a@example.vn' }, omit: { passwordHash: false } });
    expect(created).toMatchObject({ role: 'EDITOR', name: 'Nguyễn Văn A' });
    expect(created.passwordHash.startsWith('$argon2id$v=19$m=19456,t=2,p=1$')).toBe(true);
    expect(await authenticate({ email: 'a@example.vn', password: password!, ip: '10.1.1.1' })).not.toBeNull();
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: 'user.create' } });
    expect(JSON.stringify(audit)).not.toContain(password!);
  });

  it('uses a password set by the admin and does not echo it back', async () => {
    await actAs('ADMIN');
    const result = await createUserAction(null, formData({ name: 'B', email: 'b@example.vn', role: 'AUTHOR', password: 'mot-mat-khau-tot' }));
    expect(result.ok).toBe(true);
    expect(result.data?.generatedPassword).toBeUndefined();
    expect(await authenticate({ email: 'b@example.vn', password: 'mot-mat-khau-tot', ip: '10.1.1.2' })).not.toBeNull();
  });

  it('returns Vietnamese field errors, keeps the typed values but never the password', async () => {
    await actAs('ADMIN');
    const result = await createUserAction(null, formData({ name: '', email: 'khong-phai-email', role: 'ROOT', password: 'ngan' }));
    expect(result.ok).toBe(false);
    expect(result.errors).toMatchObject({
      name: ['Họ tên là bắt buộc.'],
      email: ['Email không hợp lệ.'],
      role: ['Vai trò không hợp lệ.'],
    });
    expect(result.errors?.password?.[0]).toMatch(/ít nhất 10 ký tự/);
    expect(result.values).toEqual({ name: '', email: 'khong-phai-email', role: 'ROOT', password: '' });
  });

  it('refuses a duplicate email', async () => {
    const existing = await createTestUser('AUTHOR');
    await actAs('ADMIN');
    const result = await createUserAction(null, formData({ name: 'X', email: existing.email, role: 'AUTHOR', password: '' }));
    expect(result.errors?.email?.[0]).toBe('Email này đã được dùng cho tài khoản khác.');
  });
});

describe('role, disable, reset and delete', () => {
  it('changes a role, audited with before and after', async () => {
    const target = await createTestUser('AUTHOR');
    await actAs('ADMIN');
    expect((await changeUserRoleAction({ id: target.id, role: 'EDITOR' })).ok).toBe(true);
    expect((await prisma.user.findUniqueOrThrow({ where: { id: target.id } })).role).toBe('EDITOR');
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: 'user.changeRole', entityId: target.id } });
    expect(audit.summary).toMatchObject({ from: 'AUTHOR', to: 'EDITOR' });
  });

  it('disabling ends the user’s existing sessions; enabling lets them sign in again', async () => {
    const target = await signedInAs('EDITOR');
    const cookie = copySession();
    expect(await getCurrentUser()).not.toBeNull();
    await actAs('ADMIN');
    expect((await setUserDisabledAction({ id: target.id, disabled: true })).ok).toBe(true);
    replaySession(cookie);
    expect(await getCurrentUser()).toBeNull();
    expect(await authenticate({ email: target.email, password: target.password, ip: '10.1.2.1' })).toBeNull();

    await actAs('ADMIN');
    expect((await setUserDisabledAction({ id: target.id, disabled: false })).ok).toBe(true);
    expect(await authenticate({ email: target.email, password: target.password, ip: '10.1.2.1' })).not.toBeNull();
    // The old cookie stays dead: its session version is gone for good.
    replaySession(cookie);
    expect(await getCurrentUser()).toBeNull();
  });

  it('disabling bumps the session version so an existing cookie dies', async () => {
    const target = await createTestUser('EDITOR');
    const before = (await prisma.user.findUniqueOrThrow({ where: { id: target.id } })).sessionVersion;
    await actAs('ADMIN');
    await setUserDisabledAction({ id: target.id, disabled: true });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: target.id } })).sessionVersion).toBe(before + 1);
  });

  it('resets a password (generated), ends sessions and lifts a lock', async () => {
    const target = await signedInAs('AUTHOR');
    const cookie = copySession();
    await prisma.user.update({ where: { id: target.id }, data: { lockedUntil: new Date(Date.now() + 600_000), failedSignIns: 5 } });
    await actAs('ADMIN');
    const result = await resetUserPasswordAction(null, formData({ id: target.id, password: '' }));
    expect(result.ok).toBe(true);
    const password = result.data!.generatedPassword!;
    replaySession(cookie);
    expect(await getCurrentUser()).toBeNull();
    expect((await prisma.user.findUniqueOrThrow({ where: { id: target.id } })).lockedUntil).toBeNull();
    // The old password no longer works and the new one does.
    expect(await authenticate({ email: target.email, password: target.password, ip: '10.1.3.1' })).toBeNull();
    expect(await authenticate({ email: target.email, password, ip: '10.1.3.1' })).not.toBeNull();
  });

  it('deletes a user without articles but not one who wrote articles', async () => {
    const writer = await createTestUser('AUTHOR');
    const idle = await createTestUser('AUTHOR');
    await prisma.article.create({ data: { title: 'T', slug: 't-x', body: {}, authorId: writer.id } });
    await actAs('ADMIN');
    const refused = await deleteUserAction(writer.id);
    expect(refused.message).toMatch(/vô hiệu hóa tài khoản thay vì xóa/);
    expect(await prisma.user.count({ where: { id: writer.id } })).toBe(1);
    expect((await deleteUserAction(idle.id)).ok).toBe(true);
    expect(await prisma.user.count({ where: { id: idle.id } })).toBe(0);
  });
});

describe('the last active admin', () => {
  it('cannot be demoted, disabled or deleted; a second admin unblocks it', async () => {
    const admin = await signedInAs('ADMIN');
    const before = await snapshot();
    for (const result of [
      await changeUserRoleAction({ id: admin.id, role: 'EDITOR' }),
      await setUserDisabledAction({ id: admin.id, disabled: true }),
      await deleteUserAction(admin.id),
    ]) {
      expect(result).toMatchObject({ ok: false });
      expect(result.message).toMatch(/quản trị viên đang hoạt động cuối cùng/);
    }
    expect(await snapshot()).toEqual(before);

    // A disabled admin doesn't count as active.
    await createTestUser('ADMIN', { disabled: true });
    expect((await changeUserRoleAction({ id: admin.id, role: 'EDITOR' })).ok).toBe(false);

    const other = await createTestUser('ADMIN');
    expect((await changeUserRoleAction({ id: other.id, role: 'AUTHOR' })).ok).toBe(true);
    expect((await setUserDisabledAction({ id: admin.id, disabled: true })).ok).toBe(false);
  });

  it('holds under concurrent demotions of the only two admins: exactly one succeeds', async () => {
    const actor = { id: null, email: 'system@test.local' } as unknown as Parameters<typeof changeUserRole>[2];
    const a = await createTestUser('ADMIN');
    const b = await createTestUser('ADMIN');
    const results = await Promise.all([changeUserRole(a.id, 'EDITOR', actor), setUserDisabled(b.id, true, actor)]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(await prisma.user.count({ where: { role: 'ADMIN', disabled: false } })).toBe(1);
  });
});

describe('user actions for other roles', () => {
  it.each(['EDITOR', 'AUTHOR'] as const)('%s gets 403 and nothing changes', async (role) => {
    const target = await createTestUser('AUTHOR');
    await actAs(role);
    const before = await snapshot();
    await expectForbidden(createUserAction(null, formData({ name: 'X', email: 'x@example.vn', role: 'ADMIN', password: '' })));
    await expectForbidden(changeUserRoleAction({ id: target.id, role: 'ADMIN' }));
    await expectForbidden(setUserDisabledAction({ id: target.id, disabled: true }));
    await expectForbidden(resetUserPasswordAction(null, formData({ id: target.id, password: 'mat-khau-moi-dai' })));
    await expectForbidden(deleteUserAction(target.id));
    expect(await snapshot()).toEqual(before);
  });

  it('anonymous gets 401', async () => {
    await actAs(null);
    await expectUnauthorized(createUserAction(null, formData({ name: 'X', email: 'x@example.vn', role: 'ADMIN', password: '' })));
    expect(await prisma.user.count()).toBe(0);
  });
});
