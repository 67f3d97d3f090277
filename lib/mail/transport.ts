import 'server-only';
import nodemailer, { type Transporter } from 'nodemailer';

// The SMTP transport, configured by SMTP_URL (smtp://user:pass@host:587 or smtps://…:465) and
// MAIL_FROM. Only the queue worker (lib/data/mail-queue.ts) sends; requests never wait on it.

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
}

export type DeliveryOutcome = { ok: true; reply: string } | { ok: false; permanent: boolean; reply: string };

const TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 } as const;

export function smtpUrl(): string | null {
  return process.env.SMTP_URL?.trim() || null;
}

export function mailConfigured(): boolean {
  return smtpUrl() !== null;
}

/** The sender: MAIL_FROM, else no-reply at the site's host. */
export function mailFrom(): string {
  const configured = process.env.MAIL_FROM?.trim();
  if (configured) return configured;
  let host = 'localhost';
  try {
    if (process.env.SITE_URL) host = new URL(process.env.SITE_URL).hostname;
  } catch {
    // SITE_URL is validated at start; fall back to localhost.
  }
  return `"Trung tâm Đầu tư phát triển cụm công nghiệp Ninh Bình" <no-reply@${host}>`;
}

let cached: { url: string; transporter: Transporter } | undefined;

function transporter(url: string): Transporter {
  if (cached?.url !== url) {
    cached?.transporter.close();
    cached = { url, transporter: nodemailer.createTransport({ url, ...TIMEOUTS }) };
  }
  return cached.transporter;
}

function describe(error: unknown): { reply: string; code?: number } {
  if (typeof error !== 'object' || error === null) return { reply: String(error) };
  const { response, responseCode, message } = error as { response?: unknown; responseCode?: unknown; message?: unknown };
  const reply = typeof response === 'string' && response ? response : typeof message === 'string' ? message : String(error);
  return { reply: reply.slice(0, 1000), code: typeof responseCode === 'number' ? responseCode : undefined };
}

/**
 * Hands one message to the SMTP server. A 5xx answer is permanent (the server will never accept
 * it); everything else (4xx, refused connection, timeout) is worth another try later.
 */
export async function deliver(mail: OutgoingMail): Promise<DeliveryOutcome> {
  const url = smtpUrl();
  if (!url) return { ok: false, permanent: false, reply: 'Chưa cấu hình máy chủ thư' };
  try {
    const info = await transporter(url).sendMail({ from: mailFrom(), to: mail.to, subject: mail.subject, text: mail.text, html: mail.html });
    return { ok: true, reply: String(info.response ?? '').slice(0, 1000) };
  } catch (error) {
    const { reply, code } = describe(error);
    return { ok: false, permanent: code !== undefined && code >= 500 && code < 600, reply };
  }
}
