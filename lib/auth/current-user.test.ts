import { describe, expect, it, vi } from 'vitest';
vi.mock('next-auth', () => import('@/test/next-auth-mock'));
import { prisma } from '@/lib/db';
import { actAs, expectForbidden, expectUnauthorized, signedInAs } from '@/test/act-as';
import { bumpSessionVersion } from '@/lib/data/staff/users';
import { getCurrentUser, requirePermission } from './current-user';
import { safeCallbackUrl } from './callback-url';
import { clientIpFrom } from './client-ip';

describe('getCurrentUser', () => {
  it('returns the signed-in user without secrets', async () => {
    const user = await signedInAs('EDITOR');
    const current = await getCurrentUser();
    expect(current).toEqual({ id: user.id, email: user.email, name: user.name, role: 'EDITOR' });
  });

  it('is null when anonymous', async () => {
    await actAs(null);
    expect(await getCurrentUser()).toBeNull();
  });

  it('ends the session when the session version moves on (sign-out, password change) or the user is disabled', async () => {
    const user = await signedInAs('ADMIN');
    await bumpSessionVersion(user.id);
    expect(await getCurrentUser()).toBeNull();

    await actAs(user);
    expect(await getCurrentUser()).not.toBeNull();
    await prisma.user.update({ where: { id: user.id }, data: { disabled: true } });
    expect(await getCurrentUser()).toBeNull();
  });

  it('sees a role change on the next request', async () => {
    const user = await signedInAs('ADMIN');
    await prisma.user.update({ where: { id: user.id }, data: { role: 'AUTHOR' } });
    expect((await getCurrentUser())?.role).toBe('AUTHOR');
  });
});

describe('requirePermission', () => {
  it('answers 401 without a session, 403 without the role, the user otherwise', async () => {
    await actAs(null);
    await expectUnauthorized(requirePermission('admin.access'));
    await actAs('AUTHOR');
    await expectForbidden(requirePermission('user.manage'));
    const author = await requirePermission('article.create');
    expect(author.role).toBe('AUTHOR');
  });
});

describe('safeCallbackUrl', () => {
  it.each([
    ['/quan-tri/tin-tuc?trang=2', '/quan-tri/tin-tuc?trang=2'],
    ['https://evil.example/quan-tri', '/quan-tri'],
    ['//evil.example', '/quan-tri'],
    ['/\\evil.example', '/quan-tri'],
    ['javascript:alert(1)', '/quan-tri'],
    ['/dang-nhap', '/quan-tri'],
    [undefined, '/quan-tri'],
    // Issue 13 item 8: normalised first, then checked.
    ['/.//evil.example', '/quan-tri'],
    ['/a/..//evil.example', '/quan-tri'],
    ['/./\\evil.example', '/quan-tri'],
    ['/%2e//evil.example', '/quan-tri'],
    ['/\t/evil.example', '/quan-tri'],
    ['/quan-tri/../quan-tri/tin-tuc', '/quan-tri/tin-tuc'],
  ])('%s → %s', (raw, expected) => {
    expect(safeCallbackUrl(raw)).toBe(expected);
  });
});

describe('clientIpFrom', () => {
  const headers = (values: Record<string, string>) => new Headers(values);
  it('takes the address our own proxy appended when TRUST_PROXY is on, never the client-claimed ones', () => {
    expect(clientIpFrom(headers({ 'x-forwarded-for': '1.2.3.4, 203.0.113.9' }), true)).toBe('203.0.113.9');
    expect(clientIpFrom(headers({ 'x-real-ip': '203.0.113.7' }), true)).toBe('203.0.113.7');
  });
  it('ignores x-real-ip without TRUST_PROXY and normalises IPv4-mapped addresses', () => {
    expect(clientIpFrom(headers({ 'x-real-ip': '203.0.113.7' }), false)).toBe('unknown');
    expect(clientIpFrom(headers({ 'x-forwarded-for': '::ffff:127.0.0.1' }), false)).toBe('127.0.0.1');
  });
});
