'use server';

import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { getCurrentUser } from '@/lib/auth/current-user';
import { isSecureDeployment, sessionCookieName } from '@/lib/auth/session-policy';
import { recordAudit } from '@/lib/data/staff/audit';
import { bumpSessionVersion } from '@/lib/data/staff/users';

/** Signs out everywhere this cookie was copied: the session version moves on, the cookie goes. */
export async function signOutAction(): Promise<void> {
  const user = await getCurrentUser();
  if (user) {
    await bumpSessionVersion(user.id);
    await recordAudit({ actor: user, action: 'auth.signOut', entityType: 'User', entityId: user.id });
  }
  // Expire it with the same attributes it was set with (a __Secure- cookie needs `secure`).
  (await cookies()).set(sessionCookieName(), '', { maxAge: 0, path: '/', httpOnly: true, sameSite: 'lax', secure: isSecureDeployment() });
  redirect('/dang-nhap');
}
