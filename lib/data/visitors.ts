import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import { prisma } from '@/lib/db';
import { isoDay, vietnamDay } from '@/lib/citizens/vietnam-day';

// Who is "one visitor" without a cookie and without keeping personal data: SHA-256 of the IP and
// User-Agent with a random salt that lives for one Vietnam calendar day. Every instance uses the
// same salt (one row per day, created by whichever instance needs it first); once the day is
// over the row is deleted, after which no hash can be linked to an address again. Raw IPs and
// User-Agents are never stored.

let memo: { day: string; salt: Promise<string> } | null = null;

async function loadSalt(day: Date): Promise<string> {
  await prisma.visitorSalt.createMany({ data: [{ day, salt: randomBytes(32).toString('base64') }], skipDuplicates: true });
  const row = await prisma.visitorSalt.findUniqueOrThrow({ where: { day } });
  // Yesterday's salt goes as soon as today's exists.
  await prisma.visitorSalt.deleteMany({ where: { day: { lt: day } } });
  return row.salt;
}

/** One lookup per day and process, shared by concurrent callers; a failed lookup is retried. */
function saltFor(day: Date): Promise<string> {
  const key = isoDay(day);
  if (memo?.day === key) return memo.salt;
  const salt = loadSalt(day);
  memo = { day: key, salt };
  salt.catch(() => {
    if (memo?.salt === salt) memo = null;
  });
  return salt;
}

export interface VisitorKeys {
  day: Date;
  /** Salted hash of IP + User-Agent: one browser on one connection, for today only. */
  visitor: string;
  /** Salted hash of the IP alone: for flood limits across User-Agents. */
  network: string;
}

export async function visitorKeys(ip: string, userAgent: string, now = new Date()): Promise<VisitorKeys> {
  const day = vietnamDay(now);
  const salt = await saltFor(day);
  const hash = (value: string) => createHash('sha256').update(salt).update('\u0000').update(value).digest('base64url').slice(0, 32);
  return { day, visitor: hash(`${ip}\u0000${userAgent.slice(0, 512)}`), network: hash(ip) };
}

/** Tests only: forget the process's copy of the salt (as a new day or another instance would). */
export function forgetSaltMemo(): void {
  memo = null;
}
