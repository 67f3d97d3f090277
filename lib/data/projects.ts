import 'server-only';
import { cacheTag } from 'next/cache';
import type { Prisma } from '@/lib/generated/prisma/client';
import { prisma } from '@/lib/db';
import type { ProjectKindCode, ProjectStatusCode } from '@/lib/decree/projects';
import { cacheTags } from './cache-tags';
import { attachmentsSelect } from './staff/attachments';

// Public plans, programmes and projects (/du-an): published ones only.

export const projectSelect = {
  id: true,
  title: true,
  slug: true,
  kind: true,
  status: true,
  startYear: true,
  endYear: true,
  budgetMillionVnd: true,
  summary: true,
  updatedAt: true,
  attachments: attachmentsSelect,
  place: { select: { id: true, name: true, kind: true } },
} satisfies Prisma.ProjectSelect;

type Row = Prisma.ProjectGetPayload<{ select: typeof projectSelect }>;

export interface PublicProject extends Omit<Row, 'attachments' | 'kind' | 'status'> {
  kind: ProjectKindCode;
  status: ProjectStatusCode;
  attachments: { id: string; storageKey: string; mimeType: string; originalName: string }[];
}

const toPublic = ({ attachments, ...rest }: Row): PublicProject => ({ ...rest, attachments: attachments.map(({ media }) => media) });

/** Published entries, optionally of one kind, newest period first. */
export async function publishedProjects(kind?: ProjectKindCode | null): Promise<PublicProject[]> {
  'use cache';
  cacheTag(cacheTags.projects);
  const rows = await prisma.project.findMany({
    where: { published: true, ...(kind ? { kind } : {}) },
    orderBy: [{ startYear: 'desc' }, { title: 'asc' }],
    select: projectSelect,
  });
  return rows.map(toPublic);
}

export async function publishedProjectBySlug(slug: string): Promise<PublicProject | null> {
  'use cache';
  cacheTag(cacheTags.projects);
  const row = await prisma.project.findFirst({ where: { slug, published: true }, select: projectSelect });
  return row ? toPublic(row) : null;
}
