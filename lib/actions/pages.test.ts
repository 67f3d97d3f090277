import { describe, expect, it, vi } from 'vitest';
vi.mock('next-auth', () => import('@/test/next-auth-mock'));
import { prisma } from '@/lib/db';
import { expectForbidden, signedInAs } from '@/test/act-as';
import { invalidatedTags } from '@/test/next-cache-stub';
import { deletePageAction, savePageAction } from './pages';

const body = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Giới thiệu trung tâm' }] }] };
const input = (overrides: Record<string, unknown> = {}) => ({ title: 'Giới thiệu', slug: 'gioi-thieu', published: true, sortOrder: 0, body, ...overrides });

describe('static page actions', () => {
  it('are for admins only', async () => {
    for (const role of ['EDITOR', 'AUTHOR'] as const) {
      await signedInAs(role);
      await expectForbidden(savePageAction(input({ slug: 'cam' }) as never));
    }
    expect(await prisma.page.count({ where: { slug: 'cam' } })).toBe(0);
  });

  it('creates, updates with a version check, refuses slug clashes and bad links, and audits', async () => {
    await signedInAs('ADMIN');
    const created = await savePageAction(input() as never);
    expect(created.ok).toBe(true);
    expect(invalidatedTags).toEqual(expect.arrayContaining(['pages', 'page:gioi-thieu']));
    const clash = await savePageAction(input({ title: 'Khác' }) as never);
    expect(clash).toMatchObject({ ok: false, data: { slugSuggestion: 'gioi-thieu-2' } });
    const bad = {
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }] }],
    };
    expect((await savePageAction(input({ slug: 'x', body: bad }) as never)).errors?.body?.[0]).toContain('javascript:');
    const updated = await savePageAction(input({ id: created.data?.id, version: created.data?.version, published: false }) as never);
    expect(updated).toMatchObject({ ok: true, data: { version: 2 } });
    const stale = await savePageAction(input({ id: created.data?.id, version: 1, title: 'Cũ' }) as never);
    expect(stale.message).toContain('người khác đã lưu');
    expect(await prisma.page.findUniqueOrThrow({ where: { id: created.data!.id! } })).toMatchObject({ published: false, title: 'Giới thiệu' });
    expect(await prisma.auditLog.findMany({ where: { entityId: created.data?.id }, select: { action: true }, orderBy: { createdAt: 'asc' } })).toEqual([
      { action: 'page.create' },
      { action: 'page.unpublish' },
    ]);
    const form = new FormData();
    form.set('id', created.data!.id!);
    expect((await deletePageAction(null, form)).ok).toBe(true);
    expect(await prisma.page.count({ where: { id: created.data!.id! } })).toBe(0);
  });

  it('refuses an address that belongs to another part of the portal', async () => {
    await signedInAs('ADMIN');
    for (const slug of ['tin-tuc', 'quan-tri', 'tim-kiem']) {
      const result = await savePageAction(input({ slug }) as never);
      expect(result.ok).toBe(false);
      expect(result.errors?.slug?.[0]).toContain('đã dành cho một mục khác');
    }
    expect(await prisma.page.count({ where: { slug: { in: ['tin-tuc', 'quan-tri', 'tim-kiem'] } } })).toBe(0);
  });
});
