import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import { prisma } from '@/lib/db';
import type { SessionUser } from '@/lib/auth/session-user';
import type { ContactMessageInput } from '@/lib/validation/contact';
import { recordAudit } from './staff/audit';
import { isUuid } from './staff/media';

// Messages from the public contact form. Stored only (nobody is emailed); staff with
// 'contact.manage' read them and mark them handled.

export const CONTACT_RATE_LIMIT = { max: 5, windowMs: 60 * 60 * 1000 } as const;

/** Stores a message unless this IP already sent CONTACT_RATE_LIMIT.max in the window. */
export async function storeContactMessage(input: ContactMessageInput, ip: string, now = new Date()): Promise<'stored' | 'rate-limited'> {
  return prisma.$transaction(async (tx) => {
    // Serialises submissions from one address, so parallel posts can't slip past the count.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`contact:${ip}`}))`;
    const recent = await tx.contactMessage.count({ where: { ip, createdAt: { gt: new Date(now.getTime() - CONTACT_RATE_LIMIT.windowMs) } } });
    if (recent >= CONTACT_RATE_LIMIT.max) return 'rate-limited' as const;
    await tx.contactMessage.create({ data: { ...input, ip } });
    return 'stored' as const;
  });
}

const select = {
  id: true,
  name: true,
  email: true,
  subject: true,
  message: true,
  createdAt: true,
  handledAt: true,
  handledBy: { select: { name: true } },
} satisfies Prisma.ContactMessageSelect;
export type StaffContactMessage = Prisma.ContactMessageGetPayload<{ select: typeof select }>;

/** The inbox, unhandled first, newest first. */
export async function listContactMessages(filter: 'all' | 'open' = 'all', take = 100): Promise<StaffContactMessage[]> {
  return prisma.contactMessage.findMany({
    where: filter === 'open' ? { handledAt: null } : {},
    orderBy: [{ handledAt: { sort: 'desc', nulls: 'first' } }, { createdAt: 'desc' }],
    take,
    select,
  });
}

export async function countOpenContactMessages(): Promise<number> {
  return prisma.contactMessage.count({ where: { handledAt: null } });
}

/** Marks a message handled (or open again); false when it does not exist. */
export async function setContactMessageHandled(id: string, handled: boolean, actor: SessionUser): Promise<boolean> {
  if (!isUuid(id)) return false;
  return prisma.$transaction(async (tx) => {
    const row = await tx.contactMessage.findUnique({ where: { id }, select: { subject: true } });
    if (!row) return false;
    await tx.contactMessage.update({
      where: { id },
      data: handled ? { handledAt: new Date(), handledById: actor.id } : { handledAt: null, handledById: null },
    });
    await recordAudit({ actor, action: handled ? 'contact.handle' : 'contact.reopen', entityType: 'ContactMessage', entityId: id, summary: row }, tx);
    return true;
  });
}
