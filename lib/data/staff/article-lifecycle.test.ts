import { describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { paragraphsToDocument, renderContent } from '@/lib/content/render';
import { discardAutosaves, pendingAutosave, saveAutosave } from './article-revisions';
import { purgeExpiredTrash } from './article-workflow';
import { publishDueArticles } from './scheduled-articles';

async function user(role: 'EDITOR' | 'AUTHOR') {
  return prisma.user.create({
    data: { email: `${role}-${crypto.randomUUID()}@t.local`, name: role, role, passwordHash: 'x' },
    select: { id: true, role: true },
  });
}
async function article(authorId: string, data: Record<string, unknown> = {}) {
  const body = paragraphsToDocument(['Nội dung']);
  return prisma.article.create({
    data: { title: 'Bài', slug: `bai-${crypto.randomUUID()}`, body, bodyHtml: renderContent(body).html, authorId, ...data },
  });
}

describe('publishDueArticles (the scheduler)', () => {
  it('flips only due scheduled articles, once', async () => {
    const editor = await user('EDITOR');
    const due = await article(editor.id, { status: 'SCHEDULED', publishedAt: new Date(Date.now() - 60_000) });
    const future = await article(editor.id, { status: 'SCHEDULED', publishedAt: new Date(Date.now() + 3_600_000) });
    const trashed = await article(editor.id, { status: 'SCHEDULED', publishedAt: new Date(Date.now() - 60_000), deletedAt: new Date() });
    const first = await publishDueArticles();
    expect(first.ids).toEqual([due.id]);
    expect(first.tags).toEqual(expect.arrayContaining(['articles', `article:${due.id}`, `article-slug:${due.slug}`]));
    expect((await prisma.article.findUniqueOrThrow({ where: { id: due.id } })).status).toBe('PUBLISHED');
    expect((await prisma.article.findUniqueOrThrow({ where: { id: future.id } })).status).toBe('SCHEDULED');
    expect((await prisma.article.findUniqueOrThrow({ where: { id: trashed.id } })).status).toBe('SCHEDULED');
    // idempotent; concurrent runs never flip the same row twice
    const [again, other] = await Promise.all([publishDueArticles(), publishDueArticles()]);
    expect([...again.ids, ...other.ids]).toEqual([]);
  });
});

describe('purgeExpiredTrash', () => {
  it('deletes only what has been in the trash for more than 30 days', async () => {
    const editor = await user('EDITOR');
    const old = await article(editor.id, { deletedAt: new Date(Date.now() - 31 * 86_400_000) });
    const recent = await article(editor.id, { deletedAt: new Date(Date.now() - 29 * 86_400_000) });
    const live = await article(editor.id);
    expect(await purgeExpiredTrash()).toEqual([old.id]);
    expect(await prisma.article.count({ where: { id: { in: [recent.id, live.id] } } })).toBe(2);
  });
});

describe('autosave', () => {
  it('keeps autosaves without bumping the version, offers the newest, and scopes authors', async () => {
    const author = await user('AUTHOR');
    const other = await user('AUTHOR');
    const row = await article(author.id);
    const body = paragraphsToDocument(['Chưa lưu']);
    expect(await saveAutosave(other, row.id, { version: row.version, title: 'x', summary: '', body })).toBe(false);
    expect(await saveAutosave(author, row.id, { version: row.version, title: 'Tự lưu', summary: '', body })).toBe(true);
    expect((await prisma.article.findUniqueOrThrow({ where: { id: row.id } })).version).toBe(row.version);
    expect(await pendingAutosave(author, row.id)).toMatchObject({ title: 'Tự lưu' });
    expect(await pendingAutosave(other, row.id)).toBeNull();
    await discardAutosaves(author, row.id);
    expect(await pendingAutosave(author, row.id)).toBeNull();
  });
});
