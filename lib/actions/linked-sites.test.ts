import { beforeEach, describe, expect, it, vi } from 'vitest';
vi.mock('next-auth', () => import('@/test/next-auth-mock'));
import { prisma } from '@/lib/db';
import { invalidatedTags } from '@/test/next-cache-stub';
import { actAs, expectForbidden, expectUnauthorized, formData } from '@/test/act-as';
import { createLinkedSiteAction, deleteLinkedSiteAction, reorderLinkedSitesAction, setLinkedSiteActiveAction, updateLinkedSiteAction } from './linked-sites';

const snapshot = () => prisma.linkedSite.findMany({ orderBy: { id: 'asc' } });

async function seedSites(names: string[]) {
  await prisma.linkedSite.deleteMany();
  for (const [index, name] of names.entries()) await prisma.linkedSite.create({ data: { name, url: `https://${index}.example.vn`, sortOrder: index } });
  return prisma.linkedSite.findMany({ orderBy: { sortOrder: 'asc' } });
}

beforeEach(() => {
  invalidatedTags.length = 0;
});

describe('linked site actions as ADMIN', () => {
  it('creates at the end, audits, and invalidates the public sidebar', async () => {
    await seedSites(['A']);
    const admin = await actAs('ADMIN');
    const result = await createLinkedSiteAction(null, formData({ name: '  Cổng TTĐT Ninh Bình ', url: 'https://ninhbinh.gov.vn' }));
    expect(result.ok).toBe(true);
    const created = await prisma.linkedSite.findFirstOrThrow({ where: { name: 'Cổng TTĐT Ninh Bình' } });
    expect(created).toMatchObject({ url: 'https://ninhbinh.gov.vn', sortOrder: 1, active: true });
    expect(invalidatedTags).toContain('linked-sites');
    expect(await prisma.auditLog.count({ where: { action: 'linkedSite.create', entityId: created.id, actorId: admin?.id } })).toBe(1);
  });

  it.each([
    ['javascript:alert(1)', 'url'],
    ['data:text/html,hi', 'url'],
    ['ftp://example.vn', 'url'],
    ['ninhbinh.gov.vn', 'url'],
  ])('refuses the URL %s with a Vietnamese field error and keeps the typed values', async (url, field) => {
    await actAs('ADMIN');
    const before = await snapshot();
    const result = await createLinkedSiteAction(null, formData({ name: 'Thử', url }));
    expect(result.ok).toBe(false);
    expect(result.errors?.[field]?.[0]).toMatch(/http:\/\/ hoặc https:\/\//);
    expect(result.values).toEqual({ name: 'Thử', url });
    expect(await snapshot()).toEqual(before);
  });

  it('requires a name', async () => {
    await actAs('ADMIN');
    const result = await createLinkedSiteAction(null, formData({ name: '   ', url: 'https://a.vn' }));
    expect(result.errors?.name).toEqual(['Tên website là bắt buộc.']);
  });

  it('edits, toggles, reorders and deletes', async () => {
    const [a, b, c] = await seedSites(['A', 'B', 'C']);
    await actAs('ADMIN');
    expect((await updateLinkedSiteAction(null, formData({ id: a!.id, name: 'A mới', url: 'http://a.vn' }))).ok).toBe(true);
    expect(await prisma.linkedSite.findUniqueOrThrow({ where: { id: a!.id } })).toMatchObject({ name: 'A mới', url: 'http://a.vn' });

    expect((await setLinkedSiteActiveAction({ id: b!.id, active: false })).ok).toBe(true);
    expect((await prisma.linkedSite.findUniqueOrThrow({ where: { id: b!.id } })).active).toBe(false);

    expect((await reorderLinkedSitesAction({ ids: [c!.id, a!.id, b!.id] })).ok).toBe(true);
    expect((await prisma.linkedSite.findMany({ orderBy: { sortOrder: 'asc' } })).map((s) => s.name)).toEqual(['C', 'A mới', 'B']);

    // A stale or partial order is refused and changes nothing.
    const stale = await reorderLinkedSitesAction({ ids: [a!.id, b!.id] });
    expect(stale.ok).toBe(false);
    expect((await prisma.linkedSite.findMany({ orderBy: { sortOrder: 'asc' } })).map((s) => s.name)).toEqual(['C', 'A mới', 'B']);

    expect((await deleteLinkedSiteAction(c!.id)).ok).toBe(true);
    expect(await prisma.linkedSite.count({ where: { id: c!.id } })).toBe(0);
    expect((await deleteLinkedSiteAction(c!.id)).ok).toBe(false);
    // One invalidation per successful change (update, toggle, reorder, delete), none for refusals.
    expect(invalidatedTags.filter((tag) => tag === 'linked-sites').length).toBe(4);
  });
});

describe('linked site actions for other roles', () => {
  it.each(['EDITOR', 'AUTHOR'] as const)('%s gets 403 and nothing changes', async (role) => {
    const [a, b] = await seedSites(['A', 'B']);
    await actAs(role);
    const before = await snapshot();
    await expectForbidden(createLinkedSiteAction(null, formData({ name: 'X', url: 'https://x.vn' })));
    await expectForbidden(updateLinkedSiteAction(null, formData({ id: a!.id, name: 'X', url: 'https://x.vn' })));
    await expectForbidden(setLinkedSiteActiveAction({ id: a!.id, active: false }));
    await expectForbidden(reorderLinkedSitesAction({ ids: [b!.id, a!.id] }));
    await expectForbidden(deleteLinkedSiteAction(a!.id));
    expect(await snapshot()).toEqual(before);
    expect(invalidatedTags).toEqual([]);
  });

  it('anonymous gets 401 and nothing changes', async () => {
    const [a] = await seedSites(['A']);
    await actAs(null);
    const before = await snapshot();
    await expectUnauthorized(createLinkedSiteAction(null, formData({ name: 'X', url: 'https://x.vn' })));
    await expectUnauthorized(deleteLinkedSiteAction(a!.id));
    expect(await snapshot()).toEqual(before);
  });
});
