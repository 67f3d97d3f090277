import { describe, expect, it } from 'vitest';
import type { JWT } from 'next-auth/jwt';
import { prisma } from '@/lib/db';
import { createTestUser } from '@/test/act-as';
import { authOptions } from './options';
import { SESSION_ABSOLUTE_MS, SESSION_IDLE_SECONDS, isSecureDeployment, sessionCookieName } from './session-policy';

type JwtCallback = (params: { token: JWT; user?: { id: string; sessionVersion: number } }) => Promise<JWT>;
const jwt = authOptions.callbacks!.jwt as unknown as JwtCallback;

describe('session token', () => {
  it('carries only the user id, session version and sign-in time', async () => {
    const token = await jwt({ token: { name: 'x', email: 'x@y.z' }, user: { id: 'u1', sessionVersion: 4 } });
    expect(Object.keys(token).sort()).toEqual(['sessionVersion', 'signedInAt', 'sub']);
    expect(token).toMatchObject({ sub: 'u1', sessionVersion: 4 });
  });

  it('is refused 8 hours after sign-in however active the session was', async () => {
    const user = await createTestUser('EDITOR');
    const fresh = { sub: user.id, sessionVersion: 1, signedInAt: Date.now() - SESSION_ABSOLUTE_MS + 60_000 };
    expect(await jwt({ token: fresh })).toEqual(fresh);
    await expect(jwt({ token: { ...fresh, signedInAt: Date.now() - SESSION_ABSOLUTE_MS - 1 } })).rejects.toThrow();
    await expect(jwt({ token: { sub: user.id, sessionVersion: 1 } })).rejects.toThrow();
  });

  // Issue 13 item 11: /api/auth/session runs this callback; a revoked session must end there too
  // (next-auth then answers "no session" and expires the cookie instead of re-signing it).
  it('is refused once the session version moved on (password change, sign-out), the account is disabled or gone', async () => {
    const user = await createTestUser('EDITOR');
    const token = { sub: user.id, sessionVersion: 1, signedInAt: Date.now() };
    expect(await jwt({ token })).toEqual(token);
    await prisma.user.update({ where: { id: user.id }, data: { sessionVersion: 2 } });
    await expect(jwt({ token })).rejects.toThrow();
    expect(await jwt({ token: { ...token, sessionVersion: 2 } })).toEqual({ ...token, sessionVersion: 2 });
    await prisma.user.update({ where: { id: user.id }, data: { disabled: true } });
    await expect(jwt({ token: { ...token, sessionVersion: 2 } })).rejects.toThrow();
    await expect(jwt({ token: { ...token, sub: '00000000-0000-4000-8000-000000000000' } })).rejects.toThrow();
  });

  it('sends sign-in redirects only to normalised paths on this site', async () => {
    const redirect = authOptions.callbacks!.redirect!;
    const baseUrl = 'http://localhost:3000';
    expect(await redirect({ url: '/quan-tri/tin-tuc', baseUrl })).toBe('http://localhost:3000/quan-tri/tin-tuc');
    expect(await redirect({ url: 'http://localhost:3000/quan-tri/tai-khoan', baseUrl })).toBe('http://localhost:3000/quan-tri/tai-khoan');
    for (const url of [
      '/.//evil.example',
      '/a/..//evil.example',
      'http://localhost:3000.evil.example/',
      'https://evil.example/',
      'http://[::1',
      '//evil.example',
    ]) {
      expect(await redirect({ url, baseUrl })).toBe('http://localhost:3000/quan-tri');
    }
  });

  it('uses an HttpOnly SameSite=Lax cookie that slides with activity', () => {
    expect(authOptions.session).toMatchObject({ strategy: 'jwt', maxAge: SESSION_IDLE_SECONDS });
    expect(authOptions.cookies?.sessionToken?.options).toMatchObject({ httpOnly: true, sameSite: 'lax', path: '/' });
  });

  it('marks the cookie Secure (and __Secure- prefixed) when served over https', () => {
    const saved = process.env.NEXTAUTH_URL;
    try {
      process.env.NEXTAUTH_URL = 'https://ccn.ninhbinh.gov.vn';
      expect(isSecureDeployment()).toBe(true);
      expect(sessionCookieName()).toBe('__Secure-next-auth.session-token');
      process.env.NEXTAUTH_URL = 'http://127.0.0.1:3000';
      expect(isSecureDeployment()).toBe(false);
    } finally {
      if (saved === undefined) delete process.env.NEXTAUTH_URL;
      else process.env.NEXTAUTH_URL = saved;
    }
  });

  it('signing out through next-auth moves the session version on and audits it', async () => {
    const user = await createTestUser('EDITOR');
    await authOptions.events!.signOut!({ token: { sub: user.id, sessionVersion: 1, signedInAt: Date.now() }, session: null as never });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).sessionVersion).toBe(2);
    expect(await prisma.auditLog.count({ where: { action: 'auth.signOut', actorId: user.id, actorEmail: user.email } })).toBe(1);
  });
});
