import { describe, expect, it, vi } from 'vitest';
vi.mock('next-auth', () => import('@/test/next-auth-mock'));
import { randomBytes } from 'node:crypto';
import { prisma } from '@/lib/db';
import { assignQuestionAction } from '@/lib/actions/questions';
import { saveArticleAction } from '@/lib/actions/articles';
import { returnToAuthorAction } from '@/lib/actions/article-review';
import { answerQuestion } from '@/lib/data/staff/questions';
import { listNotifications, mailPreferences, notifyUsers, processAskerNotifications, unreadNotificationCount } from '@/lib/data/staff/notifications';
import { actAs, createTestUser, expectUnauthorized, signedInAs } from '@/test/act-as';
import { formData } from '@/test/form-data';
import { markNotificationsReadAction, saveNotificationPreferencesAction } from './notifications';

let n = 0;
function articleInput(overrides: Record<string, unknown> = {}) {
  n += 1;
  return {
    title: `Bài thông báo ${n}`,
    slug: `bai-thong-bao-${n}-${Date.now()}`,
    summary: 'Tóm tắt',
    categoryId: '',
    coverMediaId: '',
    byline: '',
    body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Nội dung' }] }] },
    intent: 'save',
    ...overrides,
  };
}
const mailsTo = (email: string) => prisma.mailMessage.findMany({ where: { to: email }, orderBy: { createdAt: 'asc' } });
const notificationsOf = (userId: string) => prisma.notification.findMany({ where: { userId }, orderBy: { createdAt: 'asc' } });

describe('article notifications', () => {
  it('a submission notifies every active editor and admin but the submitter, in the app and by mail unless turned off', async () => {
    const editor = await createTestUser('EDITOR');
    const quietAdmin = await createTestUser('ADMIN');
    const disabledEditor = await createTestUser('EDITOR', { disabled: true });
    await actAs(quietAdmin);
    expect(await saveNotificationPreferencesAction(undefined, formData({ mail: 'ARTICLE_PUBLISHED' }))).toMatchObject({ ok: true });
    expect((await mailPreferences(quietAdmin.id)).REVIEW_REQUESTED).toBe(false);

    const author = await signedInAs('AUTHOR');
    const created = await saveArticleAction(null, articleInput({ intent: 'submit', title: 'Đề xuất quy hoạch' }) as never);
    expect(created.ok).toBe(true);
    const id = created.data!.id;
    for (const user of [editor, quietAdmin]) {
      expect(await notificationsOf(user.id)).toEqual([
        expect.objectContaining({ kind: 'REVIEW_REQUESTED', title: 'Bài viết chờ duyệt: “Đề xuất quy hoạch”', link: `/quan-tri/tin-tuc/${id}`, readAt: null }),
      ]);
    }
    expect(await notificationsOf(author.id)).toHaveLength(0);
    expect(await notificationsOf(disabledEditor.id)).toHaveLength(0);
    const [mail] = await mailsTo(editor.email);
    expect(mail).toMatchObject({ subject: 'Bài viết chờ duyệt: “Đề xuất quy hoạch”' });
    expect(mail!.text).toContain(`/quan-tri/tin-tuc/${id}`);
    expect(await mailsTo(quietAdmin.email)).toHaveLength(0);

    // Returned from review (with its required note, issue 18): the author is told; published later: told again.
    await actAs(editor);
    expect(await returnToAuthorAction({ id, note: 'Bổ sung số liệu.' })).toMatchObject({ ok: true });
    expect((await notificationsOf(author.id)).map((row) => row.kind)).toEqual(['ARTICLE_RETURNED']);
    const row = await prisma.article.findUniqueOrThrow({ where: { id } });
    const published = await saveArticleAction(null, articleInput({ id, version: row.version, slug: row.slug, title: row.title, intent: 'publish' }) as never);
    expect(published.ok).toBe(true);
    expect((await notificationsOf(author.id)).map((item) => item.kind)).toEqual(['ARTICLE_RETURNED', 'ARTICLE_PUBLISHED']);
    expect((await mailsTo(author.email)).map((item) => item.subject)).toEqual([
      `Bài viết của bạn được trả lại để sửa: “${row.title}”`,
      `Bài viết của bạn đã được đăng: “${row.title}”`,
    ]);
  });

  it('an editor publishing their own article notifies nobody of it', async () => {
    const editor = await signedInAs('EDITOR');
    const created = await saveArticleAction(null, articleInput() as never);
    const row = await prisma.article.findUniqueOrThrow({ where: { id: created.data!.id } });
    await saveArticleAction(null, articleInput({ id: row.id, version: row.version, slug: row.slug, title: row.title, intent: 'publish' }) as never);
    expect(await notificationsOf(editor.id)).toHaveLength(0);
  });
});

describe('question notifications', () => {
  async function question() {
    const code = `HD-${randomBytes(3).toString('hex').toUpperCase()}`;
    return prisma.questionItem.create({
      data: { code, askerName: 'Trần Thị B', askerEmail: 'nguoi-hoi@example.vn', topic: 'khac', body: 'Xin hỏi thủ tục thuê đất?' },
      select: { id: true, code: true },
    });
  }

  it('assigning notifies the assignee (not when assigning to oneself)', async () => {
    const assignee = await createTestUser('EDITOR');
    const admin = await signedInAs('ADMIN');
    const item = await question();
    expect(await assignQuestionAction({ id: item.id, assigneeId: assignee.id })).toMatchObject({ ok: true });
    expect(await notificationsOf(assignee.id)).toEqual([expect.objectContaining({ kind: 'QUESTION_ASSIGNED', link: `/quan-tri/hoi-dap/${item.id}` })]);
    expect((await mailsTo(assignee.email))[0]?.subject).toBe(`Câu hỏi ${item.code} được giao cho bạn`);
    expect(await assignQuestionAction({ id: item.id, assigneeId: admin.id })).toMatchObject({ ok: true });
    expect(await notificationsOf(admin.id)).toHaveLength(0);
  });

  it('the answer owed to an asker who left an email goes out through the mail queue, once', async () => {
    const editor = await createTestUser('EDITOR');
    const item = await question();
    const doc = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Nộp hồ sơ tại Trung tâm.' }] }] };
    await answerQuestion(item.id, { title: 'Thủ tục thuê đất', topic: 'khac', answer: doc, published: false }, editor);
    expect(await processAskerNotifications()).toBeGreaterThanOrEqual(1);
    const mails = await mailsTo('nguoi-hoi@example.vn');
    const mail = mails.find((row) => row.subject === `Trả lời câu hỏi ${item.code}`);
    expect(mail!.text).toContain('Nộp hồ sơ tại Trung tâm.');
    expect(mail!.text).toContain(`/hoi-dap/tra-cuu?ma=${item.code}`);
    expect((await prisma.questionNotification.findFirstOrThrow({ where: { questionId: item.id } })).sentAt).not.toBeNull();
    const count = (await mailsTo('nguoi-hoi@example.vn')).length;
    await processAskerNotifications();
    expect(await mailsTo('nguoi-hoi@example.vn')).toHaveLength(count);
  });
});

describe('reading notifications', () => {
  it('marks one or all of the caller’s own as read; another user’s id changes nothing', async () => {
    const owner = await signedInAs('AUTHOR');
    const other = await createTestUser('AUTHOR');
    await notifyUsers([owner.id, other.id], { kind: 'ARTICLE_PUBLISHED', title: 'Bài A đã được đăng', link: '/quan-tri/tin-tuc' });
    await notifyUsers([owner.id], { kind: 'ARTICLE_RETURNED', title: 'Bài B được trả lại', link: '/quan-tri/tin-tuc' });
    expect(await unreadNotificationCount(owner.id)).toBe(2);
    const [otherNotification] = await listNotifications(other.id);
    expect(await markNotificationsReadAction({ id: otherNotification!.id })).toMatchObject({ ok: false });
    expect(await unreadNotificationCount(other.id)).toBe(1);
    expect(await markNotificationsReadAction({ id: 'khong-phai-uuid' })).toMatchObject({ ok: false, message: 'Yêu cầu không hợp lệ.' });
    const [first] = await listNotifications(owner.id);
    expect(await markNotificationsReadAction({ id: first!.id })).toMatchObject({ ok: true });
    expect(await unreadNotificationCount(owner.id)).toBe(1);
    expect(await markNotificationsReadAction({})).toMatchObject({ ok: true });
    expect(await unreadNotificationCount(owner.id)).toBe(0);
  });

  it('preferences: bad input changes nothing; anonymous callers are refused', async () => {
    const user = await signedInAs('EDITOR');
    expect(await saveNotificationPreferencesAction(undefined, formData({ mail: 'KHONG_CO' }))).toMatchObject({ ok: false, message: 'Yêu cầu không hợp lệ.' });
    expect(Object.values(await mailPreferences(user.id)).every(Boolean)).toBe(true);
    await actAs(null);
    await expectUnauthorized(markNotificationsReadAction({}));
    await expectUnauthorized(saveNotificationPreferencesAction(undefined, formData({})));
  });
});
