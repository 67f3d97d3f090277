import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import { prisma } from '@/lib/db';
import { configuredOrigin } from '@/lib/config/site-origin';
import { hashPassword } from '@/lib/auth/password';
import type { PasswordTokenPurpose, Prisma } from '@/lib/generated/prisma/client';
import { renderMail } from '@/lib/mail/templates';
import { enqueueMail } from './mail-queue';
import { recordAudit } from './staff/audit';

// "Quên mật khẩu" and single-use password links.
//
// Nothing a visitor sees depends on whether the email has an account: the request only records
// what was typed (one INSERT, guarded by the per-address and per-IP limits, the same work either
// way), and the mail worker later turns the request into a link for an active account, or into
// nothing. A link holds a random 256-bit token; only its SHA-256 is stored, it expires (30 min for
// a reset, 72 h for an invitation) and one UPDATE marks it used, so it works once. Setting the
// password ends every session of the account (the session version moves on).

export const RESET_TOKEN_TTL_MS = 30 * 60_000;
export const INVITE_TOKEN_TTL_MS = 72 * 3600_000;
export const RESET_WINDOW_MS = 3600_000;
/** Requests per typed address, and per client IP, in the window. */
export const RESET_MAX_PER_EMAIL = 3;
export const RESET_MAX_PER_IP = 10;

export const RESET_PATH = '/dang-nhap/dat-lai-mat-khau';

export function normalizeEmail(raw: string): string {
  return raw
    .replace(/[\u0000-\u001f\u007f]/g, '')
    .trim()
    .toLowerCase()
    .slice(0, 254);
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** The origin for links in mail (the configured site address). */
export function linkOrigin(): string {
  return configuredOrigin() ?? `http://127.0.0.1:${process.env.PORT ?? 3000}`;
}

/** Records a reset request unless the address or the IP is over its limit (one statement). */
export async function requestPasswordReset(rawEmail: string, ip: string, now = new Date()): Promise<'accepted' | 'rate-limited'> {
  const email = normalizeEmail(rawEmail);
  const since = new Date(now.getTime() - RESET_WINDOW_MS);
  const inserted = await prisma.$executeRaw`
    INSERT INTO password_reset_requests (id, email, ip, created_at)
    SELECT gen_random_uuid(), ${email}, ${ip}, ${now}::timestamptz
    WHERE (SELECT count(*) FROM password_reset_requests WHERE email = ${email} AND created_at > ${since}::timestamptz) < ${RESET_MAX_PER_EMAIL}
      AND (SELECT count(*) FROM password_reset_requests WHERE ip = ${ip} AND created_at > ${since}::timestamptz) < ${RESET_MAX_PER_IP}`;
  return inserted === 1 ? 'accepted' : 'rate-limited';
}

/** Creates a link for the user (earlier unused links of the same kind stop working) and queues its mail. */
export async function issuePasswordLink(
  user: { id: string; email: string; name: string },
  purpose: PasswordTokenPurpose,
  db: Pick<Prisma.TransactionClient, 'passwordToken' | 'mailMessage'>,
  now = new Date(),
): Promise<void> {
  const token = randomBytes(32).toString('base64url');
  const ttl = purpose === 'RESET' ? RESET_TOKEN_TTL_MS : INVITE_TOKEN_TTL_MS;
  await db.passwordToken.updateMany({ where: { userId: user.id, purpose, usedAt: null }, data: { usedAt: now } });
  await db.passwordToken.create({ data: { userId: user.id, purpose, tokenHash: hashToken(token), expiresAt: new Date(now.getTime() + ttl) } });
  const url = `${linkOrigin()}${RESET_PATH}?token=${token}`;
  const mail =
    purpose === 'RESET'
      ? renderMail({
          subject: 'Đặt lại mật khẩu tài khoản quản trị',
          greeting: `Chào ${user.name},`,
          paragraphs: [
            'Chúng tôi nhận được yêu cầu đặt lại mật khẩu cho tài khoản quản trị cổng thông tin gắn với địa chỉ thư này.',
            'Nếu bạn không yêu cầu, hãy bỏ qua thư này: mật khẩu hiện tại vẫn giữ nguyên.',
          ],
          action: { label: 'Đặt mật khẩu mới', url },
          note: 'Liên kết chỉ dùng được một lần và hết hạn sau 30 phút. Khi đặt mật khẩu mới, mọi phiên đăng nhập khác của tài khoản sẽ kết thúc.',
        })
      : renderMail({
          subject: 'Lời mời tham gia quản trị cổng thông tin',
          greeting: `Chào ${user.name},`,
          paragraphs: ['Bạn được mời tham gia quản trị cổng thông tin của Trung tâm Đầu tư phát triển cụm công nghiệp tỉnh Ninh Bình.'],
          action: { label: 'Đặt mật khẩu và bắt đầu', url },
          note: 'Liên kết chỉ dùng được một lần và hết hạn sau 72 giờ.',
        });
  await enqueueMail({ to: user.email, ...mail }, db);
}

/** Worker step: turns recorded reset requests into links for active accounts (and nothing for the rest). */
export async function processPasswordResetRequests(now = new Date()): Promise<number> {
  const claimed = await prisma.$queryRaw<{ email: string }[]>`
    UPDATE password_reset_requests SET processed_at = ${now}::timestamptz
    WHERE id IN (
      SELECT id FROM password_reset_requests WHERE processed_at IS NULL ORDER BY created_at LIMIT 50 FOR UPDATE SKIP LOCKED
    )
    RETURNING email`;
  let issued = 0;
  for (const email of new Set(claimed.map((row) => row.email))) {
    const user = await prisma.user.findFirst({ where: { email, disabled: false }, select: { id: true, email: true, name: true } });
    if (!user) continue;
    await prisma.$transaction(async (tx) => {
      await issuePasswordLink(user, 'RESET', tx, now);
      await recordAudit({ actor: null, action: 'auth.resetRequested', entityType: 'User', entityId: user.id, summary: { email: user.email }, ip: null }, tx);
    });
    issued += 1;
  }
  return issued;
}

/** Whom a link is for, while it can still be used (the page shows the email). */
export async function passwordLinkHolder(token: string, now = new Date()): Promise<{ email: string; purpose: PasswordTokenPurpose } | null> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
  const row = await prisma.passwordToken.findFirst({
    where: { tokenHash: hashToken(token), usedAt: null, expiresAt: { gt: now }, user: { disabled: false } },
    select: { purpose: true, user: { select: { email: true } } },
  });
  return row ? { email: row.user.email, purpose: row.purpose } : null;
}

/** Sets the password from a link: works once, before it expires; ends every session of the account. */
export async function setPasswordWithToken(token: string, password: string, ip: string | null, now = new Date()): Promise<'ok' | 'invalid'> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return 'invalid';
  const passwordHash = await hashPassword(password);
  return prisma
    .$transaction(async (tx) => {
      const used = await tx.$queryRaw<{ user_id: string; purpose: PasswordTokenPurpose }[]>`
      UPDATE password_tokens SET used_at = ${now}::timestamptz
      WHERE token_hash = ${hashToken(token)} AND used_at IS NULL AND expires_at > ${now}::timestamptz
      RETURNING user_id::text AS user_id, purpose`;
      const link = used[0];
      if (!link) return 'invalid';
      const users = await tx.user.updateManyAndReturn({
        where: { id: link.user_id, disabled: false },
        data: { passwordHash, sessionVersion: { increment: 1 }, failedSignIns: 0, lockedUntil: null, lastFailedAt: null },
        select: { id: true, email: true },
      });
      const user = users[0];
      if (!user) throw new InvalidLink();
      await recordAudit(
        {
          actor: { id: user.id, email: user.email },
          action: link.purpose === 'RESET' ? 'auth.resetPassword' : 'auth.acceptInvite',
          entityType: 'User',
          entityId: user.id,
          ip,
        },
        tx,
      );
      return 'ok' as const;
    })
    .catch((error: unknown) => {
      if (error instanceof InvalidLink) return 'invalid' as const;
      throw error;
    });
}

// Rolls back the token's use when its account was disabled meanwhile.
class InvalidLink extends Error {}
