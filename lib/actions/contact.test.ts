import { beforeEach, describe, expect, it, vi } from 'vitest';
vi.mock('next-auth', () => import('@/test/next-auth-mock'));
const requestHeaders = vi.hoisted(() => ({ ip: '203.0.113.7' }));
vi.mock('next/headers', () => ({ headers: async () => new Headers({ 'x-forwarded-for': requestHeaders.ip }) }));
import { prisma } from '@/lib/db';
import { can } from '@/lib/auth/permissions';
import { CONTACT_RATE_LIMIT, listContactMessages } from '@/lib/data/contact-messages';
import { publishedOfficials } from '@/lib/data/officials';
import { listStaffOfficials } from '@/lib/data/staff/officials';
import { checkFormToken, issueFormToken } from '@/lib/decree/form-token';
import { actAs, expectForbidden, expectUnauthorized, signedInAs } from '@/test/act-as';
import { formData } from '@/test/form-data';
import { invalidatedTags } from '@/test/next-cache-stub';
import { sendContactMessageAction, setContactMessageHandledAction } from './contact';
import { deleteOfficialAction, saveOfficialAction } from './officials';

const INITIAL = { ok: false };
const MESSAGE = {
  name: 'Nguyễn Nhà Đầu Tư',
  email: 'nhadautu@example.com',
  subject: 'Thuê đất CCN Gián Khẩu',
  message: 'Xin cho biết giá thuê đất và diện tích còn trống.',
};
const aged = () => issueFormToken(Date.now() - 5_000);

beforeEach(() => {
  invalidatedTags.length = 0;
});

describe('contact form', () => {
  it('stores a genuine message with the sender IP and sends no email', async () => {
    await actAs(null);
    requestHeaders.ip = '203.0.113.7';
    const result = await sendContactMessageAction(INITIAL, formData({ ...MESSAGE, formToken: aged(), website: '' }));
    expect(result).toMatchObject({ ok: true, message: 'Cảm ơn bạn. Tin nhắn đã được gửi tới Trung tâm.' });
    expect(await prisma.contactMessage.findFirstOrThrow({ where: { subject: MESSAGE.subject } })).toMatchObject({
      ...MESSAGE,
      ip: '203.0.113.7',
      handledAt: null,
    });
  });

  it('rejects a filled honeypot, a missing or forged token and a form sent too fast, storing nothing', async () => {
    requestHeaders.ip = '203.0.113.8';
    const before = await prisma.contactMessage.count();
    const bot = await sendContactMessageAction(INITIAL, formData({ ...MESSAGE, formToken: aged(), website: 'http://spam.example' }));
    expect(bot).toMatchObject({ ok: false, message: 'Không gửi được tin nhắn. Vui lòng tải lại trang và thử lại.' });
    expect((await sendContactMessageAction(INITIAL, formData({ ...MESSAGE }))).ok).toBe(false);
    const forged = `${Date.now() - 10_000}.${'A'.repeat(43)}`;
    expect((await sendContactMessageAction(INITIAL, formData({ ...MESSAGE, formToken: forged }))).ok).toBe(false);
    const fast = await sendContactMessageAction(INITIAL, formData({ ...MESSAGE, formToken: issueFormToken() }));
    expect(fast.message).toMatch(/quá nhanh/);
    expect(fast.values).toMatchObject(MESSAGE);
    expect(await prisma.contactMessage.count()).toBe(before);
    expect(checkFormToken(issueFormToken(Date.now() - 2 * 86_400_000))).toBe('invalid');
  });

  it('validates in Vietnamese and keeps what was typed', async () => {
    requestHeaders.ip = '203.0.113.9';
    const typed = { name: '', email: 'khong-phai-email', subject: ' ', message: 'ngắn' };
    const result = await sendContactMessageAction(INITIAL, formData({ ...typed, formToken: aged() }));
    expect(result.errors).toMatchObject({
      name: ['Họ và tên là bắt buộc.'],
      email: ['Email không hợp lệ.'],
      subject: ['Tiêu đề là bắt buộc.'],
      message: ['Nội dung cần ít nhất 10 ký tự.'],
    });
    expect(result.values).toEqual(typed);
  });

  it('limits messages per IP per hour; another address is unaffected', async () => {
    requestHeaders.ip = '198.51.100.1';
    for (let index = 0; index < CONTACT_RATE_LIMIT.max; index += 1) {
      expect((await sendContactMessageAction(INITIAL, formData({ ...MESSAGE, subject: `Lần ${index}`, formToken: aged() }))).ok).toBe(true);
    }
    const limited = await sendContactMessageAction(INITIAL, formData({ ...MESSAGE, subject: 'Quá mức', formToken: aged() }));
    expect(limited).toMatchObject({ ok: false });
    expect(limited.message).toMatch(/nhiều tin nhắn/);
    requestHeaders.ip = '198.51.100.2';
    expect((await sendContactMessageAction(INITIAL, formData({ ...MESSAGE, formToken: aged() }))).ok).toBe(true);
  });

  it('staff with contact.manage mark messages handled; authors and anonymous cannot', async () => {
    expect(['ADMIN', 'EDITOR', 'AUTHOR'].map((role) => can(role as 'ADMIN', 'contact.manage'))).toEqual([true, true, false]);
    const message = await prisma.contactMessage.create({ data: { ...MESSAGE, subject: 'Cần xử lý', ip: '192.0.2.1' } });
    await signedInAs('AUTHOR');
    await expectForbidden(setContactMessageHandledAction(INITIAL, formData({ id: message.id, handled: 'true' })));
    await actAs(null);
    await expectUnauthorized(setContactMessageHandledAction(INITIAL, formData({ id: message.id, handled: 'true' })));
    const editor = await signedInAs('EDITOR');
    expect((await listContactMessages('open')).map((row) => row.id)).toContain(message.id);
    expect(await setContactMessageHandledAction(INITIAL, formData({ id: message.id, handled: 'true' }))).toMatchObject({ ok: true });
    expect(await prisma.contactMessage.findUniqueOrThrow({ where: { id: message.id } })).toMatchObject({ handledById: editor.id });
    expect((await listContactMessages('open')).map((row) => row.id)).not.toContain(message.id);
    expect(await prisma.auditLog.count({ where: { action: 'contact.handle', entityId: message.id } })).toBe(1);
    expect(await setContactMessageHandledAction(INITIAL, formData({ id: message.id, handled: 'false' }))).toMatchObject({ ok: true });
    expect((await prisma.contactMessage.findUniqueOrThrow({ where: { id: message.id } })).handledAt).toBeNull();
    expect(await setContactMessageHandledAction(INITIAL, formData({ id: crypto.randomUUID(), handled: 'true' }))).toMatchObject({ ok: false });
  });
});

describe('focal-point officials', () => {
  it('editors add, edit and delete; only published ones are public, in order', async () => {
    expect(['ADMIN', 'EDITOR', 'AUTHOR'].map((role) => can(role as 'ADMIN', 'official.manage'))).toEqual([true, true, false]);
    await signedInAs('EDITOR');
    const a = await saveOfficialAction(
      INITIAL,
      formData({ name: 'Lê Văn Bình', position: 'Phó Giám đốc', phone: '0229 3000 111', email: 'binh@example.com', sortOrder: '2', published: 'on' }),
    );
    const b = await saveOfficialAction(INITIAL, formData({ name: 'Đỗ Thu Hà', position: 'Giám đốc', phone: '', email: '', sortOrder: '1', published: 'on' }));
    await saveOfficialAction(INITIAL, formData({ name: 'Ẩn Danh', position: 'Chuyên viên', sortOrder: '0' }));
    expect(a.ok && b.ok).toBe(true);
    expect(invalidatedTags).toContain('officials');
    expect((await publishedOfficials()).map((row) => row.name)).toEqual(['Đỗ Thu Hà', 'Lê Văn Bình']);
    expect(
      await saveOfficialAction(INITIAL, formData({ id: a.data!.id, name: 'Lê Văn Bình', position: 'Giám đốc', sortOrder: '0', published: 'on' })),
    ).toMatchObject({ ok: true });
    expect((await publishedOfficials()).map((row) => row.name)).toEqual(['Lê Văn Bình', 'Đỗ Thu Hà']);
    const invalid = await saveOfficialAction(INITIAL, formData({ name: '', position: '', phone: 'abc', email: 'x@' }));
    expect(invalid.errors).toMatchObject({
      name: ['Họ và tên là bắt buộc.'],
      position: ['Chức vụ là bắt buộc.'],
      phone: ['Số điện thoại chỉ gồm chữ số, dấu cách và + ( ) . -'],
      email: ['Email không hợp lệ.'],
    });
    expect(await saveOfficialAction(INITIAL, formData({ id: crypto.randomUUID(), name: 'X', position: 'Y' }))).toMatchObject({ ok: false });

    await signedInAs('AUTHOR');
    await expectForbidden(saveOfficialAction(INITIAL, formData({ name: 'Mới', position: 'Mới' })));
    await expectForbidden(deleteOfficialAction(INITIAL, formData({ id: b.data!.id })));
    await signedInAs('ADMIN');
    expect(await deleteOfficialAction(INITIAL, formData({ id: b.data!.id }))).toMatchObject({ ok: true });
    expect((await listStaffOfficials()).map((row) => row.name).sort()).toEqual(['Lê Văn Bình', 'Ẩn Danh']);
  });
});
