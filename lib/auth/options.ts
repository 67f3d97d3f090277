import 'server-only';
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { cookies } from 'next/headers';
import { attemptSignIn } from '@/lib/data/staff/sign-in';
import { bumpSessionVersion, findSessionUser } from '@/lib/data/staff/users';
import { endSessionRow, openSession, touchSession } from '@/lib/data/staff/sessions';
import { safeCallbackUrl } from './callback-url';
import { recordAudit } from '@/lib/data/staff/audit';
import { clientIpFrom } from './client-ip';
import { KNOWN_DEVICE_COOKIE, KNOWN_DEVICE_MAX_AGE_SECONDS, cookieFrom, isKnownDevice, rememberDevice } from './known-device';
import { SECOND_FACTOR_REQUIRED_CODE, addressThrottledCode } from './messages';
import { SESSION_ABSOLUTE_MS, SESSION_IDLE_SECONDS, isSecureDeployment, sessionCookieName } from './session-policy';

declare module 'next-auth' {
  interface Session {
    user: { id: string };
    sessionVersion: number;
    /** The session row (lib/data/staff/sessions.ts); absent in tokens issued before it existed. */
    sessionId?: string;
  }
  interface User {
    id: string;
    sessionVersion: number;
    sessionId?: string;
  }
}

declare module 'next-auth/jwt' {
  interface JWT {
    sessionVersion?: number;
    signedInAt?: number;
    sid?: string;
  }
}

// The token carries only the user id, the user's session version and the sign-in time; role,
// name and "disabled" are read from the database on every request (getCurrentUser).
export const authOptions: NextAuthOptions = {
  pages: { signIn: '/dang-nhap', error: '/dang-nhap' },
  session: { strategy: 'jwt', maxAge: SESSION_IDLE_SECONDS },
  cookies: {
    sessionToken: {
      name: sessionCookieName(),
      options: { httpOnly: true, sameSite: 'lax', path: '/', secure: isSecureDeployment() },
    },
  },
  providers: [
    CredentialsProvider({
      name: 'Email và mật khẩu',
      credentials: {
        email: { label: 'Email', type: 'email' },
        password: { label: 'Mật khẩu', type: 'password' },
        code: { label: 'Mã xác thực', type: 'text' },
      },
      async authorize(credentials, req) {
        const headerList = new Headers();
        for (const [name, value] of Object.entries(req.headers ?? {})) {
          if (typeof value === 'string') headerList.set(name, value);
        }
        const email = String(credentials?.email ?? '');
        const knownDeviceCookie = cookieFrom(headerList.get('cookie') ?? undefined, KNOWN_DEVICE_COOKIE);
        const knownDevice = isKnownDevice(knownDeviceCookie, email);
        const { user, retryAfterSeconds, secondFactorRequired } = await attemptSignIn({
          email,
          password: String(credentials?.password ?? ''),
          code: typeof credentials?.code === 'string' ? credentials.code : undefined,
          ip: clientIpFrom(headerList),
          knownDevice,
        });
        // next-auth hands a thrown message to the form as its error code (lib/auth/messages.ts).
        if (retryAfterSeconds !== undefined) throw new Error(addressThrottledCode(retryAfterSeconds));
        if (secondFactorRequired) throw new Error(SECOND_FACTOR_REQUIRED_CODE);
        const session = user ? await openSession(user, { userAgent: headerList.get('user-agent'), ip: clientIpFrom(headerList), knownDevice }) : null;
        const remembered = user ? rememberDevice(knownDeviceCookie, user.email) : null;
        if (remembered) {
          (await cookies()).set(KNOWN_DEVICE_COOKIE, remembered, {
            httpOnly: true,
            sameSite: 'lax',
            path: '/',
            secure: isSecureDeployment(),
            maxAge: KNOWN_DEVICE_MAX_AGE_SECONDS,
          });
        }
        return user && session ? { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion, sessionId: session.id } : null;
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        return { sub: user.id, sessionVersion: user.sessionVersion, signedInAt: Date.now(), ...(user.sessionId ? { sid: user.sessionId } : {}) };
      }
      // Throwing makes next-auth clear the cookie and answer "no session".
      if (typeof token.signedInAt !== 'number' || Date.now() - token.signedInAt > SESSION_ABSOLUTE_MS) {
        throw new Error('Session past its absolute lifetime');
      }
      // A session ended elsewhere (sign-out, password change, disable) must not be reported as
      // signed in, nor re-signed into a fresh cookie, by /api/auth/session: check its version.
      // A session ended on its own (sessions list, admin) is refused the same way.
      const sid = typeof token.sid === 'string' ? token.sid : undefined;
      if (typeof token.sub !== 'string' || typeof token.sessionVersion !== 'number' || !(await findSessionUser(token.sub, token.sessionVersion, sid))) {
        throw new Error('Session revoked');
      }
      if (sid) await touchSession(sid);
      return token;
    },
    // Only paths on this site, normalised before they are checked (lib/auth/callback-url.ts).
    async redirect({ url, baseUrl }) {
      let target: URL;
      try {
        target = new URL(url, baseUrl);
      } catch {
        return `${baseUrl}/quan-tri`;
      }
      if (target.origin !== new URL(baseUrl).origin) return `${baseUrl}/quan-tri`;
      return `${baseUrl}${safeCallbackUrl(`${target.pathname}${target.search}${target.hash}`)}`;
    },
    async session({ session, token }) {
      return {
        expires: session.expires,
        user: { id: token.sub ?? '' },
        sessionVersion: token.sessionVersion ?? -1,
        ...(typeof token.sid === 'string' ? { sessionId: token.sid } : {}),
      };
    },
  },
  events: {
    // /api/auth/signout: a copy of the cookie must stop working too, so move the version on.
    async signOut({ token }) {
      if (!token?.sub || !/^[0-9a-f-]{36}$/i.test(token.sub)) return;
      if (typeof token.sid === 'string') await endSessionRow(token.sid);
      const email = await bumpSessionVersion(token.sub);
      if (email) await recordAudit({ actor: { id: token.sub, email }, action: 'auth.signOut', entityType: 'User', entityId: token.sub, ip: null });
    },
  },
  logger: {
    error(code, metadata) {
      // An expired or tampered token is routine, not an error worth a stack trace.
      if (code === 'JWT_SESSION_ERROR') return;
      console.error(`[next-auth] ${code}`, metadata instanceof Error ? metadata.message : '');
    },
    warn(code) {
      console.warn(`[next-auth] ${code}`);
    },
    debug() {},
  },
};
