import { beforeEach, describe, expect, it, vi } from 'vitest';
vi.mock('next-auth', () => import('@/test/next-auth-mock'));
const requestHeaders = vi.hoisted(() => ({ ip: '203.0.113.50' }));
vi.mock('next/headers', () => ({ headers: async () => new Headers({ 'x-forwarded-for': requestHeaders.ip }) }));
import { prisma } from '@/lib/db';
import { can } from '@/lib/auth/permissions';
import { normalizeTrackingCode, shortenAskerName } from '@/lib/citizens/questions';
import { publishedQuestionBySlug, publishedQuestions, QUESTION_RATE_LIMIT, questionStatusByCode } from '@/lib/data/questions';
import { listQuestionsForStaff, notifyAsker, pendingAskerNotifications } from '@/lib/data/staff/questions';
import { issueFormToken } from '@/lib/decree/form-token';
import { actAs, expectForbidden, expectUnauthorized, signedInAs } from '@/test/act-as';
import { formData } from '@/test/form-data';
import { invalidatedTags } from '@/test/next-cache-stub';
import { answerQuestionAction, askQuestionAction, assignQuestionAction } from './questions';

const INITIAL = { ok: false };
const QUESTION = {
  name: 'Nguyễn Văn An',
  email: 'an.nguyen@example.com',
  phone: '0912 345 678',
  topic: 'dau-tu',
  body: 'Xin cho biết thủ tục thuê đất tại cụm công nghiệp Gián Khẩu và giá thuê hiện nay.',
};
const aged = () => issueFormToken(Date.now() - 5_000);
const doc = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

let ipCounter = 0;
const freshIp = () => {
  ipCounter += 1;
  requestHeaders.ip = `198.18.0.${ipCounter}`;
};

async function ask(overrides: Partial<typeof QUESTION> = {}): Promise<string> {
  freshIp();
  await actAs(null);
  const result = await askQuestionAction(INITIAL, formData({ ...QUESTION, ...overrides, formToken: aged(), website: '' }));
  expect(result.ok).toBe(true);
  return result.data!.code;
}

const idOf = async (code: string) => (await prisma.questionItem.findUniqueOrThrow({ where: { code }, select: { id: true } })).id;

beforeEach(() => {
  invalidatedTags.length = 0;
});

describe('asking a question', () => {
  it('stores it with a tracking code and the sender IP; the code shows the status and nothing about the asker', async () => {
    const code = await ask();
    expect(code).toMatch(/^HD-[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/);
    const row = await prisma.questionItem.findUniqueOrThrow({ where: { code } });
    expect(row).toMatchObject({
      askerName: QUESTION.name,
      askerEmail: QUESTION.email,
      askerPhone: QUESTION.phone,
      status: 'RECEIVED',
      published: false,
      ip: requestHeaders.ip,
    });
    const view = await questionStatusByCode(code);
    expect(view).toMatchObject({ code, status: 'RECEIVED', topic: 'dau-tu', answerHtml: '', slug: null });
    expect(JSON.stringify(view)).not.toMatch(/Nguyễn|example\.com|0912|198\.18/);
    expect(await questionStatusByCode('HD-00000-00000')).toBeNull();
  });

  it('accepts the code typed loosely and refuses what is not a code', () => {
    expect(normalizeTrackingCode(' hd 7k2m9 qx4tb ')).toBe('HD-7K2M9-QX4TB');
    expect(normalizeTrackingCode('7K2M9QX4TB')).toBe('HD-7K2M9-QX4TB');
    expect(normalizeTrackingCode('HD-7K2M9-QX4T')).toBeNull();
    expect(normalizeTrackingCode('HD-7K2M9-QX4T!')).toBeNull();
    expect(normalizeTrackingCode(42)).toBeNull();
  });

  it('rejects a honeypot, a forged token and a too-fast form, storing nothing', async () => {
    freshIp();
    const before = await prisma.questionItem.count();
    expect((await askQuestionAction(INITIAL, formData({ ...QUESTION, formToken: aged(), website: 'http://spam.example' }))).ok).toBe(false);
    expect((await askQuestionAction(INITIAL, formData({ ...QUESTION }))).ok).toBe(false);
    const fast = await askQuestionAction(INITIAL, formData({ ...QUESTION, formToken: issueFormToken() }));
    expect(fast.message).toMatch(/quá nhanh/);
    expect(fast.values).toMatchObject({ name: QUESTION.name });
    expect(await askQuestionAction(INITIAL, 'not a form' as unknown as FormData)).toMatchObject({ ok: false });
    expect(await prisma.questionItem.count()).toBe(before);
  });

  it('validates in Vietnamese (email and phone optional) and keeps what was typed', async () => {
    freshIp();
    const typed = { name: ' ', email: 'khong-phai-email', phone: 'abc', topic: 'bi-mat', body: 'ngắn' };
    const result = await askQuestionAction(INITIAL, formData({ ...typed, formToken: aged() }));
    expect(result.errors).toMatchObject({
      name: ['Họ và tên là bắt buộc.'],
      email: ['Email không hợp lệ.'],
      phone: [expect.stringMatching(/Số điện thoại/)],
      topic: ['Vui lòng chọn lĩnh vực.'],
      body: ['Nội dung câu hỏi cần ít nhất 20 ký tự.'],
    });
    expect(result.values).toEqual(typed);
    const noContact = await askQuestionAction(INITIAL, formData({ ...QUESTION, email: '', phone: '', formToken: aged() }));
    expect(noContact.ok).toBe(true);
  });

  it('limits questions per IP per hour; another address is unaffected', async () => {
    freshIp();
    for (let index = 0; index < QUESTION_RATE_LIMIT.max; index += 1) {
      expect((await askQuestionAction(INITIAL, formData({ ...QUESTION, formToken: aged() }))).ok).toBe(true);
    }
    const limited = await askQuestionAction(INITIAL, formData({ ...QUESTION, formToken: aged() }));
    expect(limited).toMatchObject({ ok: false, message: expect.stringMatching(/nhiều câu hỏi/) });
    freshIp();
    expect((await askQuestionAction(INITIAL, formData({ ...QUESTION, formToken: aged() }))).ok).toBe(true);
  });

  it('holds the limit under parallel submissions from one address', async () => {
    freshIp();
    const results = await Promise.all(Array.from({ length: 8 }, () => askQuestionAction(INITIAL, formData({ ...QUESTION, formToken: aged() }))));
    expect(results.filter((result) => result.ok)).toHaveLength(QUESTION_RATE_LIMIT.max);
  });
});

describe('staff assign and answer', () => {
  it('only EDITOR and ADMIN hold question.answer; authors and anonymous are refused', async () => {
    expect((['ADMIN', 'EDITOR', 'AUTHOR'] as const).map((role) => can(role, 'question.answer'))).toEqual([true, true, false]);
    const id = await idOf(await ask());
    await signedInAs('AUTHOR');
    await expectForbidden(assignQuestionAction(null, formData({ id })));
    await expectForbidden(answerQuestionAction({ id, title: 'x', topic: 'khac', answer: doc('y'), published: true }));
    await actAs(null);
    await expectUnauthorized(answerQuestionAction({ id, title: 'x', topic: 'khac', answer: doc('y'), published: true }));
    expect(await prisma.questionItem.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: 'RECEIVED', assigneeId: null });
  });

  it('assigns to oneself or another editor (moving it to Đang xử lý), never to an author', async () => {
    const id = await idOf(await ask());
    const author = await signedInAs('AUTHOR');
    const colleague = await signedInAs('EDITOR', { name: 'Biên tập B' });
    const editor = await signedInAs('EDITOR');
    expect(await assignQuestionAction(null, formData({ id, assigneeId: author.id }))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/biên tập viên/),
    });
    expect(await assignQuestionAction(null, formData({ id, assigneeId: 'khong-phai-uuid' }))).toMatchObject({ ok: false });
    expect(await assignQuestionAction(null, formData({ id, assigneeId: '' }))).toMatchObject({ ok: true });
    expect(await prisma.questionItem.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: 'IN_PROGRESS', assigneeId: editor.id });
    expect(await assignQuestionAction(null, formData({ id, assigneeId: colleague.id }))).toMatchObject({ ok: true });
    expect((await prisma.questionItem.findUniqueOrThrow({ where: { id } })).assigneeId).toBe(colleague.id);
    expect(await assignQuestionAction(null, formData({ id: '00000000-0000-4000-8000-000000000000' }))).toMatchObject({
      ok: false,
      message: 'Câu hỏi không còn tồn tại.',
    });
    expect(await prisma.auditLog.count({ where: { action: 'question.assign', entityId: id } })).toBe(2);
  });

  it('answers, publishes with the name shortened and no contact details, records the email owed, and the code shows the answer', async () => {
    const code = await ask();
    const id = await idOf(code);
    const editor = await signedInAs('EDITOR');
    const result = await answerQuestionAction({
      id,
      title: 'Thủ tục thuê đất tại CCN Gián Khẩu',
      topic: 'thu-tuc',
      answer: doc('Nhà đầu tư nộp hồ sơ tại Trung tâm.'),
      published: true,
    });
    expect(result).toMatchObject({ ok: true });
    expect(invalidatedTags).toContain('questions');
    const row = await prisma.questionItem.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: 'ANSWERED', answeredById: editor.id, published: true, topic: 'thu-tuc' });
    expect(row.answerHtml).toBe('<p>Nhà đầu tư nộp hồ sơ tại Trung tâm.</p>');
    expect(row.slug).toMatch(/^thu-tuc-thue-dat-tai-ccn-gian-khau-[0-9a-f]{6}$/);

    const published = await publishedQuestionBySlug(row.slug!);
    expect(published).toMatchObject({ title: 'Thủ tục thuê đất tại CCN Gián Khẩu', askedBy: 'Nguyễn V. A.' });
    expect(JSON.stringify(published)).not.toMatch(/example\.com|0912|Văn An|198\.18/);
    const list = await publishedQuestions({ topic: 'thu-tuc' });
    expect(list.items.map((item) => item.slug)).toContain(row.slug);
    expect((await publishedQuestions({ topic: 'moi-truong' })).items.map((item) => item.slug)).not.toContain(row.slug);

    expect(await questionStatusByCode(code)).toMatchObject({ status: 'ANSWERED', answerHtml: row.answerHtml, slug: row.slug });
    expect(await pendingAskerNotifications()).toEqual(
      expect.arrayContaining([expect.objectContaining({ questionId: id, email: QUESTION.email, kind: 'answered' })]),
    );

    // A later edit keeps the address, does not owe a second email, and unpublishing hides it.
    expect(await answerQuestionAction({ id, title: 'Tiêu đề mới', topic: 'thu-tuc', answer: doc('Bổ sung.'), published: false })).toMatchObject({ ok: true });
    expect((await prisma.questionItem.findUniqueOrThrow({ where: { id } })).slug).toBe(row.slug);
    expect(await prisma.questionNotification.count({ where: { questionId: id } })).toBe(1);
    expect(await publishedQuestionBySlug(row.slug!)).toBeNull();
    expect(await questionStatusByCode(code)).toMatchObject({ status: 'ANSWERED', answerHtml: '<p>Bổ sung.</p>', slug: null });
    expect(await prisma.auditLog.count({ where: { entityId: id, action: { in: ['question.answer', 'question.updateAnswer'] } } })).toBe(2);
  });

  it('owes no email to an asker who left none', async () => {
    const id = await idOf(await ask({ email: '' }));
    expect(await notifyAsker(id, 'answered')).toBe(false);
    await signedInAs('ADMIN');
    expect(await answerQuestionAction({ id, title: 'Không email', topic: 'khac', answer: doc('Trả lời.'), published: false })).toMatchObject({ ok: true });
    expect(await prisma.questionNotification.count({ where: { questionId: id } })).toBe(0);
  });

  it('refuses bad input without changing anything: unsafe links, foreign nodes, empty title', async () => {
    const id = await idOf(await ask());
    await signedInAs('EDITOR');
    const evil = {
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'bấm', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }] }],
    };
    expect(await answerQuestionAction({ id, title: 'T', topic: 'khac', answer: evil, published: true })).toMatchObject({
      ok: false,
      errors: { answer: [expect.stringMatching(/Liên kết không được phép/)] },
    });
    const foreign = { type: 'doc', content: [{ type: 'script', content: [] }] };
    expect(await answerQuestionAction({ id, title: 'T', topic: 'khac', answer: foreign, published: true })).toMatchObject({
      ok: false,
      errors: { answer: [expect.stringMatching(/không hợp lệ/)] },
    });
    expect(await answerQuestionAction({ id, title: '  ', topic: 'khac', answer: doc('x'), published: true })).toMatchObject({
      ok: false,
      errors: { title: ['Nhập tiêu đề câu hỏi.'] },
    });
    expect(await answerQuestionAction({ id, title: 'T', topic: 'bi-mat', answer: doc('x'), published: 'yes' })).toMatchObject({ ok: false });
    expect(await prisma.questionItem.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: 'RECEIVED', answerHtml: '', published: false });
  });

  it('lists the public questions newest answer first and finds them by words without accents', async () => {
    const older = await idOf(await ask());
    const newer = await idOf(await ask());
    await signedInAs('EDITOR');
    await answerQuestionAction({ id: older, title: 'Xử lý nước thải tập trung', topic: 'moi-truong', answer: doc('Có trạm xử lý.'), published: true });
    await new Promise((resolve) => setTimeout(resolve, 10));
    await answerQuestionAction({ id: newer, title: 'Phòng cháy chữa cháy', topic: 'moi-truong', answer: doc('Theo quy chuẩn.'), published: true });
    const list = await publishedQuestions({ topic: 'moi-truong' });
    expect(list.items.slice(0, 2).map((item) => item.id)).toEqual([newer, older]);
    expect((await publishedQuestions({ q: 'nuoc thai' })).items.map((item) => item.id)).toEqual([older]);
    expect((await publishedQuestions({ q: 'tram nuoc' })).items.map((item) => item.id)).toEqual([older]);
    expect((await publishedQuestions({ q: 'tram phong' })).items).toEqual([]);
    expect((await publishedQuestions({ q: '100%_' })).items).toEqual([]);
    const open = await listQuestionsForStaff('open');
    expect(open.map((row) => row.id)).not.toContain(newer);
  });

  it('shortens names to the family name and initials', () => {
    expect(shortenAskerName('Trần Thị Bích Ngọc')).toBe('Trần T. B. N.');
    expect(shortenAskerName('  ')).toBe('Bạn đọc');
    expect(shortenAskerName('Lê')).toBe('Lê');
  });
});
