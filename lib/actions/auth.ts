'use server';

import { redirect } from 'next/navigation';
import { getCurrentUser } from '@/lib/auth/current-user';
import { clearSessionCookie } from '@/lib/auth/session-cookie';
import { recordAudit } from '@/lib/data/staff/audit';
import { bumpSessionVersion } from '@/lib/data/staff/users';

/** Signs out everywhere this cookie was copied: the session version moves on, the cookie goes. */
export async function signOutAction(): Promise<void> {
  const user = await getCurrentUser();
  if (user) {
    await bumpSessionVersion(user.id);
    await recordAudit({ actor: user, action: 'auth.signOut', entityType: 'User', entityId: user.id });
  }
  await clearSessionCookie();
  redirect('/dang-nhap');
}
