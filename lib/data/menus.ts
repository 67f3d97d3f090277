import 'server-only';
import { cacheTag } from 'next/cache';
import type { MenuLocation } from '@/lib/generated/prisma/client';
import { safePublicHref } from '@/lib/content/safe-href';
import { prisma } from '@/lib/db';
import { DEFAULT_FOOTER_MENU, DEFAULT_HEADER_MENU } from '@/lib/menus/default-menus';
import { cacheTags } from './cache-tags';

// The public header and footer menus (issue 18), edited in /quan-tri/menu. An item pointing to
// an unpublished page or a deleted category is left out; its sub-items go with it.

export interface PublicMenuItem {
  id: string;
  label: string;
  href: string;
  children: PublicMenuItem[];
}

const itemSelect = {
  id: true,
  label: true,
  kind: true,
  target: true,
  parentId: true,
  page: { select: { slug: true, locale: true, published: true } },
  category: { select: { slug: true } },
} as const;

type Row = {
  id: string;
  label: string;
  kind: 'PAGE' | 'CATEGORY' | 'SECTION' | 'URL';
  target: string;
  parentId: string | null;
  page: { slug: string; locale: string; published: boolean } | null;
  category: { slug: string } | null;
};

function hrefOf(row: Row): string | null {
  switch (row.kind) {
    case 'PAGE':
      if (!row.page?.published) return null;
      return row.page.locale === 'en' ? `/en/${row.page.slug}` : `/${row.page.slug}`;
    case 'CATEGORY':
      return row.category ? `/tin-tuc/danh-muc/${row.category.slug}` : null;
    case 'SECTION':
    case 'URL':
      return safePublicHref(row.target);
  }
}

/** A menu as a tree of one level; the pre-issue-18 menu while it has no items at all. */
export async function siteMenu(menu: MenuLocation): Promise<PublicMenuItem[]> {
  'use cache';
  cacheTag(cacheTags.menus, cacheTags.pages, cacheTags.categories);
  const rows: Row[] = await prisma.menuItem.findMany({ where: { menu }, orderBy: [{ position: 'asc' }, { createdAt: 'asc' }], select: itemSelect });
  if (rows.length === 0) {
    const defaults = menu === 'HEADER' ? DEFAULT_HEADER_MENU : DEFAULT_FOOTER_MENU;
    return defaults.map((item) => ({
      id: item.href,
      label: item.label,
      href: item.href,
      children: (item.children ?? []).map((child) => ({ id: child.href, label: child.label, href: child.href, children: [] })),
    }));
  }
  const top: PublicMenuItem[] = [];
  const byId = new Map<string, PublicMenuItem>();
  for (const row of rows.filter((r) => r.parentId === null)) {
    const href = hrefOf(row);
    if (!href) continue;
    const item = { id: row.id, label: row.label, href, children: [] };
    byId.set(row.id, item);
    top.push(item);
  }
  for (const row of rows.filter((r) => r.parentId !== null)) {
    const parent = byId.get(row.parentId ?? '');
    const href = hrefOf(row);
    if (parent && href) parent.children.push({ id: row.id, label: row.label, href, children: [] });
  }
  return top;
}
