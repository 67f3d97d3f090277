import 'server-only';
import { cacheTag } from 'next/cache';
import { prisma } from '@/lib/db';
import { cacheTags } from './cache-tags';
import { publicMediaSelect, toPublicMedia, type PublicMedia } from './media-dto';

// History, organisation and leaders (NĐ 224/2026/NĐ-CP Đ9 k1b): the public reads.

export interface PublicLeader {
  id: string;
  name: string;
  position: string;
  phone: string;
  email: string;
  duties: string;
  bio: string;
  photo: PublicMedia | null;
}

/** Leaders' profiles on /gioi-thieu/lanh-dao, in the order staff set. */
export async function publishedLeaders(): Promise<PublicLeader[]> {
  'use cache';
  cacheTag(cacheTags.officials);
  const rows = await prisma.official.findMany({
    where: { published: true, leader: true },
    orderBy: [{ sortOrder: 'asc' }, { name: 'asc' }],
    select: { id: true, name: true, position: true, phone: true, email: true, duties: true, bio: true, photo: { select: publicMediaSelect } },
  });
  return rows.map(({ photo, ...row }) => ({ ...row, photo: photo ? toPublicMedia(photo) : null }));
}

export interface OrganizationNode {
  id: string;
  name: string;
  duties: string;
  head: string;
  phone: string;
  email: string;
  children: OrganizationNode[];
}

interface UnitRow {
  id: string;
  name: string;
  parentId: string | null;
  duties: string;
  head: string;
  phone: string;
  email: string;
}

/**
 * Builds the tree from flat rows (already in display order). A unit whose parent is not in
 * `rows` (hidden) is left out with its sub-units: a hidden unit hides its branch.
 */
export function buildOrganizationTree(rows: readonly UnitRow[]): OrganizationNode[] {
  const nodes = new Map<string, OrganizationNode>();
  for (const { parentId: _parent, ...row } of rows) nodes.set(row.id, { ...row, children: [] });
  const roots: OrganizationNode[] = [];
  for (const row of rows) {
    const node = nodes.get(row.id)!;
    if (row.parentId === null) roots.push(node);
    else nodes.get(row.parentId)?.children.push(node);
  }
  return roots;
}

/** The published organisation chart, top units first, each with its published sub-units. */
export async function publishedOrganizationTree(): Promise<OrganizationNode[]> {
  'use cache';
  cacheTag(cacheTags.organization);
  const rows = await prisma.organizationUnit.findMany({
    where: { published: true },
    orderBy: [{ sortOrder: 'asc' }, { name: 'asc' }],
    select: { id: true, name: true, parentId: true, duties: true, head: true, phone: true, email: true },
  });
  return buildOrganizationTree(rows);
}
