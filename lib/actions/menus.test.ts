import { beforeEach, describe, expect, it, vi } from 'vitest';
vi.mock('next-auth', () => import('@/test/next-auth-mock'));
import { prisma } from '@/lib/db';
import { siteMenu } from '@/lib/data/menus';
import { listMenu } from '@/lib/data/staff/menus';
import { seedMenus } from '@/lib/seed/menus';
import { DEFAULT_HEADER_MENU } from '@/lib/menus/default-menus';
import { invalidatedTags } from '@/test/next-cache-stub';
import { actAs, expectForbidden, formData } from '@/test/act-as';
import { createMenuItemAction, deleteMenuItemAction, reorderMenuItemsAction, updateMenuItemAction } from './menus';

const item = (values: Record<string, string>) => formData({ menu: 'HEADER', parentId: '', pageId: '', categoryId: '', target: '', ...values });
const idOf = async (label: string) => (await prisma.menuItem.findFirstOrThrow({ where: { label } })).id;

beforeEach(async () => {
  invalidatedTags.length = 0;
  await prisma.menuItem.deleteMany();
  await prisma.siteSetting.deleteMany({ where: { key: 'system.menus_seeded_at' } });
});

describe('menus', () => {
  it('show the former hard-coded menu until the seed writes it as editable items (once)', async () => {
    expect((await siteMenu('HEADER')).map((entry) => entry.href)).toEqual(DEFAULT_HEADER_MENU.map((entry) => entry.href));
    expect(await seedMenus(prisma)).toEqual({ seeded: true });
    expect(await seedMenus(prisma)).toEqual({ seeded: false });
    expect(await prisma.menuItem.count({ where: { menu: 'HEADER' } })).toBe(DEFAULT_HEADER_MENU.length);
    expect((await siteMenu('HEADER')).map((entry) => entry.label)).toEqual(DEFAULT_HEADER_MENU.map((entry) => entry.label));
    expect((await siteMenu('FOOTER')).map((entry) => entry.href)).toEqual(['/so-do-trang']);
  });

  it('an admin adds items pointing to a section, a URL, a page and a category, nested one level', async () => {
    const page = await prisma.page.create({ data: { title: 'Giới thiệu', slug: 'gioi-thieu-menu', body: {}, published: true } });
    const category = await prisma.category.create({ data: { name: 'Sự kiện', slug: 'su-kien-menu' } });
    await actAs('ADMIN');
    expect((await createMenuItemAction(null, item({ label: 'Thư viện ảnh', kind: 'SECTION', target: '/thu-vien-anh' }))).message).toBe('Đã thêm mục “Thư viện ảnh”.');
    expect(invalidatedTags).toContain('menus');
    const parentId = await idOf('Thư viện ảnh');
    expect((await createMenuItemAction(null, item({ label: 'Cổng tỉnh', kind: 'URL', target: 'https://ninhbinh.gov.vn', parentId }))).ok).toBe(true);
    expect((await createMenuItemAction(null, item({ label: 'Về chúng tôi', kind: 'PAGE', pageId: page.id, parentId }))).ok).toBe(true);
    expect((await createMenuItemAction(null, item({ label: 'Sự kiện', kind: 'CATEGORY', categoryId: category.id }))).ok).toBe(true);
    const menu = await siteMenu('HEADER');
    expect(menu.map((entry) => [entry.label, entry.href, entry.children.map((child) => child.href)])).toEqual([
      ['Thư viện ảnh', '/thu-vien-anh', ['https://ninhbinh.gov.vn', '/gioi-thieu-menu']],
      ['Sự kiện', '/tin-tuc/danh-muc/su-kien-menu', []],
    ]);
    // An unpublished page's item is left out of the public menu.
    await prisma.page.update({ where: { id: page.id }, data: { published: false } });
    expect((await siteMenu('HEADER'))[0]?.children.map((child) => child.label)).toEqual(['Cổng tỉnh']);
    expect((await listMenu('HEADER'))[0]?.children).toHaveLength(2);
  });

  it('refuses a second level of nesting, and nesting an item that has children', async () => {
    await actAs('ADMIN');
    await createMenuItemAction(null, item({ label: 'Cha', kind: 'SECTION', target: '/a' }));
    const parentId = await idOf('Cha');
    await createMenuItemAction(null, item({ label: 'Con', kind: 'SECTION', target: '/b', parentId }));
    const childId = await idOf('Con');
    const deep = await createMenuItemAction(null, item({ label: 'Cháu', kind: 'SECTION', target: '/c', parentId: childId }));
    expect(deep).toMatchObject({ ok: false, message: 'Menu chỉ có một cấp mục con.' });
    expect(deep.errors?.parentId?.[0]).toBe('Chỉ chọn được mục cấp trên cùng làm mục cha.');
    await createMenuItemAction(null, item({ label: 'Khác', kind: 'SECTION', target: '/d' }));
    const other = await idOf('Khác');
    const withChildren = await updateMenuItemAction(null, item({ id: parentId, label: 'Cha', kind: 'SECTION', target: '/a', parentId: other }));
    expect(withChildren.message).toBe('Mục này đang có mục con nên không thể trở thành mục con.');
    expect(await prisma.menuItem.count()).toBe(3);
    expect((await prisma.menuItem.findUniqueOrThrow({ where: { id: parentId } })).parentId).toBeNull();
  });

  it('rejects bad targets with Vietnamese messages and changes nothing', async () => {
    await actAs('ADMIN');
    expect((await createMenuItemAction(null, item({ label: 'X', kind: 'URL', target: 'javascript:alert(1)' }))).errors?.target?.[0]).toMatch(/^Địa chỉ phải bắt đầu bằng http/);
    expect((await createMenuItemAction(null, item({ label: 'X', kind: 'SECTION', target: 'thu-vien' }))).errors?.target?.[0]).toMatch(/^Đường dẫn mục phải bắt đầu bằng/);
    expect((await createMenuItemAction(null, item({ label: 'X', kind: 'PAGE' }))).errors?.pageId?.[0]).toBe('Hãy chọn trang.');
    expect((await createMenuItemAction(null, item({ label: '', kind: 'SECTION', target: '/a' }))).errors?.label?.[0]).toBe('Tên mục là bắt buộc.');
    expect((await createMenuItemAction(null, item({ label: 'X', kind: 'PAGE', pageId: crypto.randomUUID() }))).message).toBe('Trang đã chọn không còn tồn tại.');
    expect((await createMenuItemAction(null, item({ label: 'X', kind: 'SECTION', target: '/a', menu: 'SIDEBAR' }))).ok).toBe(false);
    expect(await prisma.menuItem.count()).toBe(0);
  });

  it('reorders siblings, and deleting a parent removes its children', async () => {
    await actAs('ADMIN');
    for (const label of ['Một', 'Hai', 'Ba']) await createMenuItemAction(null, item({ label, kind: 'SECTION', target: '/x' }));
    const ids = await Promise.all(['Ba', 'Một', 'Hai'].map(idOf));
    expect((await reorderMenuItemsAction({ menu: 'HEADER', parentId: null, ids })).ok).toBe(true);
    expect((await siteMenu('HEADER')).map((entry) => entry.label)).toEqual(['Ba', 'Một', 'Hai']);
    expect((await reorderMenuItemsAction({ menu: 'FOOTER', parentId: null, ids })).ok).toBe(false);
    await createMenuItemAction(null, item({ label: 'Con', kind: 'SECTION', target: '/y', parentId: ids[0]! }));
    expect((await deleteMenuItemAction(ids[0]!)).ok).toBe(true);
    expect(await prisma.menuItem.count()).toBe(2);
  });

  it('are for admins only', async () => {
    await actAs('EDITOR');
    await expectForbidden(createMenuItemAction(null, item({ label: 'X', kind: 'SECTION', target: '/a' })));
    expect(await prisma.menuItem.count()).toBe(0);
  });
});
