import 'server-only';
import type { MenuLocation, Prisma } from '@/lib/generated/prisma/client';
import { prisma } from '@/lib/db';
import { isPermutation } from '@/lib/ordering/move';
import type { MenuItemInput } from '@/lib/validation/menus';
import { recordAudit, type AuditActor } from './audit';

// The header and footer menus in the admin (issue 18). One level of nesting: an item with a
// parent cannot have children, and an item with children cannot get a parent.

export interface AdminMenuItem {
  id: string;
  menu: MenuLocation;
  parentId: string | null;
  label: string;
  kind: MenuItemInput['kind'];
  pageId: string | null;
  categoryId: string | null;
  target: string;
  /** What it points to, as the admin list shows it ("Trang: Giới thiệu", "/thu-vien-video"). */
  destination: string;
  children: AdminMenuItem[];
}

export type MenuWriteResult =
  { ok: true; id: string } | { ok: false; reason: 'not-found' | 'parent-not-found' | 'too-deep' | 'has-children' | 'page-not-found' | 'category-not-found' };

const order = [{ position: 'asc' as const }, { createdAt: 'asc' as const }];

export async function listMenu(menu: MenuLocation): Promise<AdminMenuItem[]> {
  const rows = await prisma.menuItem.findMany({
    where: { menu },
    orderBy: order,
    select: {
      id: true,
      menu: true,
      parentId: true,
      label: true,
      kind: true,
      pageId: true,
      categoryId: true,
      target: true,
      page: { select: { title: true } },
      category: { select: { name: true } },
    },
  });
  const items = rows.map(({ page, category, ...row }) => ({
    ...row,
    destination: row.kind === 'PAGE' ? `Trang: ${page?.title ?? ''}` : row.kind === 'CATEGORY' ? `Chuyên mục: ${category?.name ?? ''}` : row.target,
    children: [] as AdminMenuItem[],
  }));
  const top = items.filter((item) => item.parentId === null);
  const byId = new Map(top.map((item) => [item.id, item]));
  for (const item of items) if (item.parentId) byId.get(item.parentId)?.children.push(item);
  return top;
}

type Tx = Prisma.TransactionClient;

/** Checks the parent (same menu, itself top-level) and the item's target; null when fine. */
async function problem(tx: Tx, input: MenuItemInput, selfId?: string): Promise<MenuWriteResult | null> {
  if (input.parentId) {
    if (input.parentId === selfId) return { ok: false, reason: 'too-deep' };
    const parent = await tx.menuItem.findUnique({ where: { id: input.parentId }, select: { menu: true, parentId: true } });
    if (!parent || parent.menu !== input.menu) return { ok: false, reason: 'parent-not-found' };
    if (parent.parentId) return { ok: false, reason: 'too-deep' };
    if (selfId && (await tx.menuItem.count({ where: { parentId: selfId } })) > 0) return { ok: false, reason: 'has-children' };
  }
  if (input.kind === 'PAGE' && !(await tx.page.findUnique({ where: { id: input.pageId ?? '' }, select: { id: true } })))
    return { ok: false, reason: 'page-not-found' };
  if (input.kind === 'CATEGORY' && !(await tx.category.findUnique({ where: { id: input.categoryId ?? '' }, select: { id: true } }))) {
    return { ok: false, reason: 'category-not-found' };
  }
  return null;
}

function columns(input: MenuItemInput) {
  return {
    menu: input.menu,
    parentId: input.parentId,
    label: input.label,
    kind: input.kind,
    pageId: input.kind === 'PAGE' ? input.pageId : null,
    categoryId: input.kind === 'CATEGORY' ? input.categoryId : null,
    target: input.kind === 'SECTION' || input.kind === 'URL' ? input.target : '',
  };
}

export async function createMenuItem(input: MenuItemInput, actor: AuditActor): Promise<MenuWriteResult> {
  return prisma.$transaction(async (tx) => {
    const refused = await problem(tx, input);
    if (refused) return refused;
    const last = await tx.menuItem.aggregate({ where: { menu: input.menu, parentId: input.parentId }, _max: { position: true } });
    const item = await tx.menuItem.create({ data: { ...columns(input), position: (last._max.position ?? -1) + 1 }, select: { id: true } });
    await recordAudit({ actor, action: 'menuItem.create', entityType: 'MenuItem', entityId: item.id, summary: columns(input) }, tx);
    return { ok: true as const, id: item.id };
  });
}

export async function updateMenuItem(id: string, input: MenuItemInput, actor: AuditActor): Promise<MenuWriteResult> {
  return prisma.$transaction(async (tx) => {
    const before = await tx.menuItem.findUnique({ where: { id }, select: { menu: true, parentId: true, label: true, kind: true, target: true } });
    if (!before || before.menu !== input.menu) return { ok: false as const, reason: 'not-found' as const };
    const refused = await problem(tx, input, id);
    if (refused) return refused;
    // Moved under another parent (or to the top): it goes to the end of its new siblings.
    const moved = before.parentId !== input.parentId;
    const position = moved
      ? ((await tx.menuItem.aggregate({ where: { menu: input.menu, parentId: input.parentId }, _max: { position: true } }))._max.position ?? -1) + 1
      : undefined;
    await tx.menuItem.update({ where: { id }, data: { ...columns(input), ...(position === undefined ? {} : { position }) } });
    await recordAudit({ actor, action: 'menuItem.update', entityType: 'MenuItem', entityId: id, summary: { before, after: columns(input) } }, tx);
    return { ok: true as const, id };
  });
}

export async function deleteMenuItem(id: string, actor: AuditActor): Promise<MenuWriteResult> {
  return prisma.$transaction(async (tx) => {
    const item = await tx.menuItem.findUnique({ where: { id }, select: { menu: true, label: true } });
    if (!item) return { ok: false as const, reason: 'not-found' as const };
    // Its sub-items go with it (ON DELETE CASCADE).
    await tx.menuItem.delete({ where: { id } });
    await recordAudit({ actor, action: 'menuItem.delete', entityType: 'MenuItem', entityId: id, summary: item }, tx);
    return { ok: true as const, id };
  });
}

/** Reorders the items of one menu under one parent (null: the top level). */
export async function reorderMenuItems(menu: MenuLocation, parentId: string | null, ids: readonly string[], actor: AuditActor): Promise<boolean> {
  return prisma.$transaction(async (tx) => {
    const current = (await tx.menuItem.findMany({ where: { menu, parentId }, orderBy: order, select: { id: true } })).map((item) => item.id);
    if (!isPermutation(current, ids)) return false;
    for (const [position, id] of ids.entries()) await tx.menuItem.update({ where: { id }, data: { position } });
    await recordAudit({ actor, action: 'menuItem.reorder', entityType: 'MenuItem', summary: { menu, parentId, order: [...ids] } }, tx);
    return true;
  });
}
