import { describe, expect, it, vi } from 'vitest';
vi.mock('next-auth', () => import('@/test/next-auth-mock'));
// Server actions set cookies; outside a request there is no cookie store, so record the calls.
const cookieSets = vi.hoisted(() => [] as { name: string; value: string; options: unknown }[]);
vi.mock('next/headers', () => ({
  cookies: async () => ({ set: (name: string, value: string, options: unknown) => cookieSets.push({ name, value, options }) }),
  headers: async () => new Headers({ 'x-forwarded-for': '198.51.100.7' }),
}));
import { prisma } from '@/lib/db';
import { getCurrentUser } from '@/lib/auth/current-user';
import { authenticate } from '@/lib/data/staff/sign-in';
import { actAs, copySession, expectUnauthorized, formData, replaySession, signedInAs } from '@/test/act-as';
import { changeOwnPasswordAction } from './account';
import { signOutAction } from './auth';

describe('changeOwnPasswordAction', () => {
  it('requires the current password', async () => {
    const user = await signedInAs('AUTHOR');
    const result = await changeOwnPasswordAction(
      null,
      formData({ currentPassword: 'khong-dung-dau', newPassword: 'mat-khau-moi-123', confirmPassword: 'mat-khau-moi-123' }),
    );
    expect(result.errors?.currentPassword).toEqual(['Mật khẩu hiện tại không đúng.']);
    expect(await authenticate({ email: user.email, password: user.password, ip: '10.2.0.1' })).not.toBeNull();
  });

  it('validates the new password (length, confirmation) in Vietnamese', async () => {
    const user = await signedInAs('AUTHOR');
    const result = await changeOwnPasswordAction(null, formData({ currentPassword: user.password, newPassword: 'ngan', confirmPassword: 'khac' }));
    expect(result.errors?.newPassword?.[0]).toMatch(/ít nhất 10 ký tự/);
    expect(result.errors?.confirmPassword).toEqual(['Mật khẩu nhập lại không khớp.']);
  });

  it('changes it, ends every session (this cookie included), sends the user to sign in, and audits without the password', async () => {
    const user = await signedInAs('EDITOR');
    const cookie = copySession();
    await expect(
      changeOwnPasswordAction(null, formData({ currentPassword: user.password, newPassword: 'mat-khau-moi-123', confirmPassword: 'mat-khau-moi-123' })),
    ).rejects.toMatchObject({
      digest: expect.stringContaining('/dang-nhap?da-doi-mat-khau=1'),
    });
    replaySession(cookie);
    expect(await getCurrentUser()).toBeNull();
    expect(cookieSets.at(-1)).toMatchObject({ value: '', options: { maxAge: 0, httpOnly: true } });
    expect(await authenticate({ email: user.email, password: 'mat-khau-moi-123', ip: '10.2.0.2' })).not.toBeNull();
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: 'account.changePassword', actorId: user.id } });
    expect(audit.ip).toBe('198.51.100.7');
    expect(JSON.stringify(audit)).not.toContain('mat-khau-moi-123');
  });

  it('is 401 for anonymous', async () => {
    await actAs(null);
    await expectUnauthorized(
      changeOwnPasswordAction(null, formData({ currentPassword: 'x', newPassword: 'mat-khau-moi-123', confirmPassword: 'mat-khau-moi-123' })),
    );
  });
});

describe('signOutAction', () => {
  it('ends the session server-side so a copied cookie stops working', async () => {
    const user = await signedInAs('ADMIN');
    const cookie = copySession();
    await expect(signOutAction()).rejects.toMatchObject({ digest: expect.stringContaining('NEXT_REDIRECT') });
    replaySession(cookie);
    expect(await getCurrentUser()).toBeNull();
    expect(await prisma.auditLog.count({ where: { action: 'auth.signOut', actorId: user.id } })).toBe(1);
  });
});
