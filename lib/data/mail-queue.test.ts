import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
vi.mock('next-auth', () => import('@/test/next-auth-mock'));
import { prisma } from '@/lib/db';
import { retryMailAction, sendTestMailAction } from '@/lib/actions/mail-queue';
import { renderMail } from '@/lib/mail/templates';
import { actAs, expectForbidden, expectUnauthorized } from '@/test/act-as';
import { closedPort, startSmtpSink, type SmtpSink } from '@/test/smtp-sink';
import { enqueueMail, listMailMessages, MAIL_MAX_ATTEMPTS, MAIL_RETRY_BASE_MS, mailRetryDelayMs, processMailQueue } from './mail-queue';

let sink: SmtpSink;
const later = (base: Date, ms: number) => () => new Date(base.getTime() + ms);

function sample(to = 'bien-tap@example.vn', subject = 'Thư thử hàng đợi') {
  return {
    to,
    ...renderMail({
      subject,
      greeting: 'Chào chị Lan,',
      paragraphs: ['Bài “Khánh thành CCN Gián Khẩu” <đã> gửi duyệt.'],
      action: { label: 'Mở bài viết', url: 'http://127.0.0.1:3000/quan-tri/tin-tuc?a=1&b=2' },
    }),
  };
}

beforeAll(async () => {
  sink = await startSmtpSink();
});
afterAll(async () => {
  await sink.close();
  delete process.env.SMTP_URL;
});
beforeEach(async () => {
  await prisma.mailMessage.deleteMany();
  sink.received.length = 0;
  sink.refuse = null;
  process.env.SMTP_URL = sink.url;
  process.env.MAIL_FROM = '"Cổng CCN Ninh Bình" <no-reply@ccn.example.vn>';
});

describe('outbound mail queue', () => {
  it('without SMTP_URL keeps messages as not configured, readable by the admin, and sends nothing', async () => {
    delete process.env.SMTP_URL;
    const id = await enqueueMail(sample());
    expect(await processMailQueue()).toEqual({ sent: 0, retrying: 0, failed: 0 });
    const { rows, counts } = await listMailMessages(1);
    expect(rows).toEqual([expect.objectContaining({ id, status: 'NOT_CONFIGURED', attempts: 0, subject: 'Thư thử hàng đợi' })]);
    expect(rows[0]!.text).toContain('Mở bài viết: http://127.0.0.1:3000/quan-tri/tin-tuc?a=1&b=2');
    expect(counts.NOT_CONFIGURED).toBe(1);
    expect(sink.received).toHaveLength(0);
  });

  it('delivers over SMTP with a Vietnamese subject, plain text and escaped HTML bodies, and records the reply', async () => {
    const id = await enqueueMail(sample());
    expect(await processMailQueue()).toEqual({ sent: 1, retrying: 0, failed: 0 });
    const [mail] = await sink.waitFor(1);
    expect(mail!.subject).toBe('Thư thử hàng đợi');
    expect(mail!.from?.value[0]).toMatchObject({ address: 'no-reply@ccn.example.vn', name: 'Cổng CCN Ninh Bình' });
    expect(mail!.to && !Array.isArray(mail!.to) ? mail!.to.value[0]!.address : null).toBe('bien-tap@example.vn');
    expect(mail!.text).toContain('Bài “Khánh thành CCN Gián Khẩu” <đã> gửi duyệt.');
    expect(mail!.html).toContain('&lt;đã&gt;');
    expect(mail!.html).not.toContain('<đã>');
    // The link in the HTML body is the one in the text body, and can be followed.
    const href = /href="([^"]+)"/.exec(String(mail!.html))?.[1]?.replace(/&amp;/g, '&');
    expect(href).toBe('http://127.0.0.1:3000/quan-tri/tin-tuc?a=1&b=2');
    const row = await prisma.mailMessage.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: 'SENT', attempts: 1 });
    expect(row.sentAt).toBeInstanceOf(Date);
    expect(row.lastReply).toMatch(/^250 /);
  });

  it('retries with backoff when the server refuses for now (4xx), then sends exactly once', async () => {
    sink.refuse = { code: 450, message: 'Hộp thư tạm thời bận, thử lại sau' };
    const id = await enqueueMail(sample());
    const start = new Date(Date.now() + 1000);
    expect(await processMailQueue(() => start)).toEqual({ sent: 0, retrying: 1, failed: 0 });
    let row = await prisma.mailMessage.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: 'QUEUED', attempts: 1 });
    expect(row.lastReply).toMatch(/^450 .*thử lại sau/);
    expect(row.nextAttemptAt.getTime()).toBe(start.getTime() + MAIL_RETRY_BASE_MS);
    // Not due yet: nothing is claimed.
    expect(await processMailQueue(later(start, MAIL_RETRY_BASE_MS - 1000))).toEqual({ sent: 0, retrying: 0, failed: 0 });
    // Second refusal: the wait doubles.
    expect(await processMailQueue(later(start, MAIL_RETRY_BASE_MS))).toEqual({ sent: 0, retrying: 1, failed: 0 });
    row = await prisma.mailMessage.findUniqueOrThrow({ where: { id } });
    expect(row.nextAttemptAt.getTime()).toBe(start.getTime() + MAIL_RETRY_BASE_MS + 2 * MAIL_RETRY_BASE_MS);
    sink.refuse = null;
    expect(await processMailQueue(later(start, 3 * MAIL_RETRY_BASE_MS))).toEqual({ sent: 1, retrying: 0, failed: 0 });
    expect(await processMailQueue(later(start, 3600_000))).toEqual({ sent: 0, retrying: 0, failed: 0 });
    expect(await sink.waitFor(1)).toHaveLength(1);
    expect(await prisma.mailMessage.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: 'SENT', attempts: 3 });
  });

  it('marks a message failed at once when the server rejects it for good (5xx), with its reply', async () => {
    sink.refuse = { code: 550, message: 'Không có hộp thư này' };
    const id = await enqueueMail(sample('khong-ton-tai@example.vn'));
    expect(await processMailQueue()).toEqual({ sent: 0, retrying: 0, failed: 1 });
    const row = await prisma.mailMessage.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: 'FAILED', attempts: 1 });
    expect(row.lastReply).toMatch(/^550 .*Không có hộp thư này/);
  });

  it('retries while the server is down and gives up after the last attempt', async () => {
    process.env.SMTP_URL = `smtp://127.0.0.1:${await closedPort()}`;
    const id = await enqueueMail(sample());
    const start = new Date(Date.now() + 1000);
    const began = Date.now();
    expect(await processMailQueue(() => start)).toEqual({ sent: 0, retrying: 1, failed: 0 });
    expect(Date.now() - began).toBeLessThan(5_000);
    const row = await prisma.mailMessage.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: 'QUEUED', attempts: 1 });
    expect(row.lastReply).toMatch(/ECONNREFUSED/);
    await prisma.mailMessage.update({ where: { id }, data: { attempts: MAIL_MAX_ATTEMPTS - 1, nextAttemptAt: start } });
    expect(await processMailQueue(() => start)).toEqual({ sent: 0, retrying: 0, failed: 1 });
    expect(await prisma.mailMessage.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: 'FAILED', attempts: MAIL_MAX_ATTEMPTS });
  });

  it('backs off exponentially up to an hour', () => {
    expect([1, 2, 3, 4].map(mailRetryDelayMs)).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(mailRetryDelayMs(20)).toBe(3_600_000);
  });

  it('two instances draining one queue never send a message twice', async () => {
    const subjects = Array.from({ length: 12 }, (_, index) => `Thư số ${index + 1}`);
    for (const subject of subjects) await enqueueMail(sample('nhieu@example.vn', subject));
    // A second copy of the modules: its own worker state and its own database pool, as in a
    // second app instance.
    vi.resetModules();
    const other = await import('./mail-queue');
    for (let round = 0; round < 5; round += 1) await Promise.all([processMailQueue(), other.processMailQueue()]);
    await sink.waitFor(12);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(sink.received.map((mail) => mail.subject).sort()).toEqual([...subjects].sort());
    expect(await prisma.mailMessage.count({ where: { status: 'SENT', attempts: 1 } })).toBe(12);
  });
});

describe('queue screen actions', () => {
  it('"Gửi lại" puts a failed message back in the queue (audited), ADMIN only', async () => {
    const id = await enqueueMail(sample());
    await prisma.mailMessage.update({ where: { id }, data: { status: 'FAILED', attempts: 3, lastReply: '550 từ chối' } });
    await actAs(null);
    await expectUnauthorized(retryMailAction({ id }));
    for (const role of ['EDITOR', 'AUTHOR'] as const) {
      await actAs(role);
      await expectForbidden(retryMailAction({ id }));
      await expectForbidden(sendTestMailAction({}));
    }
    expect(await prisma.mailMessage.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: 'FAILED', attempts: 3 });
    const admin = await actAs('ADMIN');
    expect(await retryMailAction({ id })).toMatchObject({ ok: true });
    expect(await prisma.mailMessage.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: 'QUEUED', attempts: 0 });
    expect(await prisma.auditLog.findFirst({ where: { action: 'mail.retry', entityId: id, actorId: admin!.id } })).not.toBeNull();
    expect(await processMailQueue()).toMatchObject({ sent: 1 });
    // A sent message is not sent again; a bad id changes nothing.
    expect(await retryMailAction({ id })).toMatchObject({ ok: false, message: 'Thư này không còn trong hàng đợi hoặc đã được gửi.' });
    expect(await retryMailAction({ id: 'khong-phai-uuid' })).toMatchObject({ ok: false });
  });

  it('"Gửi lại" without a mail server says so and changes nothing; the test mail goes to the admin', async () => {
    const admin = await actAs('ADMIN');
    delete process.env.SMTP_URL;
    const id = await enqueueMail(sample());
    expect(await retryMailAction({ id })).toMatchObject({ ok: false, message: 'Chưa cấu hình máy chủ thư, nên chưa thể gửi lại.' });
    expect(await prisma.mailMessage.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: 'NOT_CONFIGURED' });
    process.env.SMTP_URL = sink.url;
    expect(await sendTestMailAction({})).toMatchObject({ ok: true });
    await processMailQueue();
    const [mail] = await sink.waitFor(1);
    expect(mail!.subject).toBe('Thư thử từ cổng thông tin');
    expect(mail!.text).toContain(`Chào ${admin!.name},`);
  });
});
