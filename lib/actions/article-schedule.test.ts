import { beforeEach, describe, expect, it, vi } from 'vitest';
vi.mock('next-auth', () => import('@/test/next-auth-mock'));
import { prisma } from '@/lib/db';
import { actAs, expectForbidden, signedInAs } from '@/test/act-as';
import { invalidatedTags } from '@/test/next-cache-stub';
import { hideExpiredArticles, publishDueArticles } from '@/lib/data/staff/scheduled-articles';
import { utcToHoChiMinhLocal } from '@/lib/validation/schedule-time';
import { cancelScheduleAction, setHideAfterAction } from './article-schedule';
import { saveArticleAction } from './articles';

// Issue 18 part 6: cancel or move a schedule, "Ẩn sau", and the one scheduler acting on both.

let n = 0;
const inHours = (hours: number) => utcToHoChiMinhLocal(new Date(Date.now() + hours * 3600_000));
async function article(intent: 'schedule' | 'publish') {
  await signedInAs('EDITOR');
  n += 1;
  const state = await saveArticleAction(null, {
    title: `Lịch ${n}`,
    slug: `lich-${n}-${Date.now()}`,
    summary: '',
    categoryId: '',
    coverMediaId: '',
    byline: '',
    body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x' }] }] },
    intent,
    ...(intent === 'schedule' ? { scheduledAt: inHours(48) } : {}),
  } as never);
  expect(state.ok, state.message).toBe(true);
  return state.data as { id: string; version: number };
}
const row = (id: string) => prisma.article.findUniqueOrThrow({ where: { id } });
const audits = (id: string, action: string) => prisma.auditLog.count({ where: { entityId: id, action } });

beforeEach(() => {
  invalidatedTags.length = 0;
});

describe('cancel and move a scheduled publication', () => {
  it('cancels: back to draft, never published by the scheduler, audited', async () => {
    const { id, version } = await article('schedule');
    const result = await cancelScheduleAction({ id, version });
    expect(result, result.message).toMatchObject({ ok: true, data: { version: version + 1 } });
    expect(await row(id)).toMatchObject({ status: 'DRAFT', publishedAt: null });
    expect(await audits(id, 'article.cancelSchedule')).toBe(1);
    await prisma.article.update({ where: { id }, data: { publishedAt: new Date(Date.now() - 1000) } });
    expect((await publishDueArticles()).ids).not.toContain(id);
  });

  it('moves with "Đổi giờ đăng" (a save with intent schedule); a past time changes nothing', async () => {
    const { id, version } = await article('schedule');
    const before = await row(id);
    const base = {
      title: before.title,
      slug: before.slug,
      summary: '',
      categoryId: '',
      coverMediaId: '',
      byline: '',
      body: before.body,
      id,
      version,
      intent: 'schedule',
    };
    const past = await saveArticleAction(null, { ...base, scheduledAt: inHours(-1) } as never);
    expect(past).toMatchObject({ ok: false, errors: { scheduledAt: ['Thời điểm hẹn đăng phải ở tương lai.'] } });
    expect(await row(id)).toMatchObject({ version, publishedAt: before.publishedAt });
    const when = inHours(72);
    const moved = await saveArticleAction(null, { ...base, scheduledAt: when } as never);
    expect(moved, moved.message).toMatchObject({ ok: true, data: { status: 'SCHEDULED' } });
    expect(utcToHoChiMinhLocal((await row(id)).publishedAt!)).toBe(when);
    expect(await prisma.auditLog.count({ where: { entityId: id, action: 'article.schedule' } })).toBe(1);
  });

  it('refuses a stale version, a published article, and authors', async () => {
    const { id, version } = await article('schedule');
    await setHideAfterAction({ id, version, when: inHours(100) });
    expect(await cancelScheduleAction({ id, version })).toMatchObject({ ok: false, message: expect.stringContaining('người khác') });
    const live = await article('publish');
    expect((await cancelScheduleAction({ id: live.id, version: live.version })).message).toContain('không ở trạng thái phù hợp');
    await actAs('AUTHOR');
    await expectForbidden(cancelScheduleAction({ id, version: version + 1 }));
    await expectForbidden(setHideAfterAction({ id, version: version + 1, when: inHours(100) }));
    expect(await row(id)).toMatchObject({ status: 'SCHEDULED', version: version + 1 });
  });
});

describe('"Ẩn sau": hide after a date', () => {
  it('the scheduler takes the article down once the time has come, invalidates and audits', async () => {
    const { id, version } = await article('publish');
    const set = await setHideAfterAction({ id, version, when: inHours(1) });
    expect(set, set.message).toMatchObject({ ok: true });
    expect(await audits(id, 'article.hideAfter')).toBe(1);
    expect((await hideExpiredArticles()).ids).not.toContain(id);
    await prisma.article.update({ where: { id }, data: { unpublishAt: new Date(Date.now() - 1000) } });
    const [tick, other] = await Promise.all([hideExpiredArticles(), hideExpiredArticles()]);
    expect([...tick.ids, ...other.ids].filter((hidden) => hidden === id)).toHaveLength(1);
    expect([...tick.tags, ...other.tags]).toContain(`article:${id}`);
    expect(await row(id)).toMatchObject({ status: 'ARCHIVED', unpublishAt: null, version: version + 2 });
    expect(await prisma.auditLog.findFirst({ where: { entityId: id, action: 'article.autoHide' } })).toMatchObject({ actorId: null });
    expect((await hideExpiredArticles()).ids).not.toContain(id);
  });

  it('a hide-after date before the publication time, or in the past, is refused; "" clears it', async () => {
    const { id, version } = await article('schedule');
    const early = await setHideAfterAction({ id, version, when: inHours(24) });
    expect(early).toMatchObject({ ok: false, message: 'Giờ ẩn phải sau thời điểm đăng bài.' });
    expect(await setHideAfterAction({ id, version, when: inHours(-2) })).toMatchObject({ ok: false, message: 'Thời điểm phải ở tương lai.' });
    expect((await row(id)).unpublishAt).toBeNull();
    expect(await setHideAfterAction({ id, version, when: inHours(96) })).toMatchObject({ ok: true });
    expect((await row(id)).unpublishAt).not.toBeNull();
    expect(await setHideAfterAction({ id, version: version + 1, when: '' })).toMatchObject({ ok: true, message: 'Đã bỏ giờ ẩn bài viết.' });
    expect((await row(id)).unpublishAt).toBeNull();
  });
});
