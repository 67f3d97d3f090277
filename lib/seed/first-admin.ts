import type { PrismaClient } from '../database/client.ts';
import { generatePassword, hashPassword } from '../auth/password.ts';

export interface FirstAdminResult {
  created: boolean;
  email?: string;
  generatedPassword?: string;
}

/**
 * Creates the first administrator when the database has none: from ADMIN_EMAIL/ADMIN_PASSWORD
 * when given, otherwise with a generated password that the caller prints once.
 */
export async function ensureFirstAdmin(prisma: PrismaClient, options: { email?: string; password?: string }): Promise<FirstAdminResult> {
  const existing = await prisma.user.count({ where: { role: 'ADMIN' } });
  if (existing > 0) return { created: false };
  const email = (options.email ?? 'admin@localhost').toLowerCase();
  const password = options.password ?? generatePassword();
  await prisma.user.create({
    data: { email, name: 'Quản trị viên', role: 'ADMIN', passwordHash: await hashPassword(password) },
  });
  return { created: true, email, generatedPassword: options.password ? undefined : password };
}
