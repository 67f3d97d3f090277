import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { Prisma } from '@/lib/generated/prisma/client';
import { prisma } from '@/lib/db';
import { highlightSnippet, type Segment } from '@/lib/content/highlight';
import type { ProcedureLevelCode } from '@/lib/decree/procedures';
import { cacheTags } from './cache-tags';
import { attachmentsSelect } from './staff/attachments';
import { escapeLike, normalizeSearchQuery } from './search';

// Public administrative procedures (/thu-tuc-hanh-chinh): published ones only, searched with the
// same unaccent machinery as article search (đ → d, no accents, any case).

export interface ProcedureFilters {
  q?: string;
  field?: string | null;
  agency?: string | null;
}

export interface ProcedureListItem {
  id: string;
  name: string;
  /** The name with the query's words marked (one unmarked segment without a query). */
  nameSegments: Segment[];
  slug: string;
  field: string;
  agency: string;
  level: ProcedureLevelCode;
  processingTime: string;
}

/**
 * Published procedures matching every filter; `q` matches words of the name, field or agency
 * (full text) or a substring of the name, ignoring case and diacritics. Sorted by field, name.
 */
export async function searchProcedures(filters: ProcedureFilters): Promise<ProcedureListItem[]> {
  'use cache';
  cacheTag(cacheTags.procedures);
  cacheLife('minutes');
  const query = normalizeSearchQuery(filters.q);
  const conditions: Prisma.Sql[] = [Prisma.sql`p.published`];
  if (filters.field) conditions.push(Prisma.sql`p.field = ${filters.field}`);
  if (filters.agency) conditions.push(Prisma.sql`p.agency = ${filters.agency}`);
  if (query) {
    conditions.push(Prisma.sql`(
      to_tsvector('simple'::regconfig, public.ccn_unaccent(p.name || ' ' || p.field || ' ' || p.agency)) @@ plainto_tsquery('simple', public.ccn_unaccent(${query}))
      OR public.ccn_unaccent(p.name) LIKE public.ccn_unaccent(${`%${escapeLike(query)}%`}))`);
  }
  const rows = await prisma.$queryRaw<Omit<ProcedureListItem, 'nameSegments'>[]>`
    SELECT p.id::text AS id, p.name, p.slug, p.field, p.agency, p.level::text AS level, p.processing_time AS "processingTime"
      FROM administrative_procedures p
     WHERE ${Prisma.join(conditions, ' AND ')}
     ORDER BY p.field ASC, p.name ASC
     LIMIT 500`;
  return rows.map((row) => ({ ...row, nameSegments: query ? highlightSnippet(row.name, query, 1000) : [{ text: row.name, match: false }] }));
}

export interface ProcedureFacets {
  fields: string[];
  agencies: string[];
}

/** The values the public filters offer, taken from published procedures. */
export async function procedureFacets(): Promise<ProcedureFacets> {
  'use cache';
  cacheTag(cacheTags.procedures);
  const [fields, agencies] = await Promise.all([
    prisma.administrativeProcedure.findMany({ where: { published: true }, distinct: ['field'], select: { field: true }, orderBy: { field: 'asc' } }),
    prisma.administrativeProcedure.findMany({ where: { published: true }, distinct: ['agency'], select: { agency: true }, orderBy: { agency: 'asc' } }),
  ]);
  return { fields: fields.map((row) => row.field), agencies: agencies.map((row) => row.agency) };
}

export interface ProcedureDetail {
  id: string;
  name: string;
  slug: string;
  code: string;
  field: string;
  agency: string;
  level: ProcedureLevelCode;
  processingTime: string;
  fees: string;
  documents: string;
  steps: string;
  nationalPortalUrl: string;
  note: string;
  updatedAt: Date;
  /** Only published legal documents: a link never leads to a 404. */
  legalBasis: { id: string; number: string; summary: string }[];
  forms: { id: string; storageKey: string; mimeType: string; originalName: string }[];
}

export async function publishedProcedureBySlug(slug: string): Promise<ProcedureDetail | null> {
  'use cache';
  cacheTag(cacheTags.procedures, cacheTags.legalDocuments);
  const row = await prisma.administrativeProcedure.findFirst({
    where: { slug, published: true },
    select: {
      id: true,
      name: true,
      slug: true,
      code: true,
      field: true,
      agency: true,
      level: true,
      processingTime: true,
      fees: true,
      documents: true,
      steps: true,
      nationalPortalUrl: true,
      note: true,
      updatedAt: true,
      legalBasis: {
        where: { document: { published: true } },
        orderBy: { sortOrder: 'asc' },
        select: { document: { select: { id: true, number: true, summary: true } } },
      },
      forms: attachmentsSelect,
    },
  });
  if (!row) return null;
  return { ...row, legalBasis: row.legalBasis.map(({ document }) => document), forms: row.forms.map(({ media }) => media) };
}

/** Published procedures for the sitemap. */
export async function publishedProcedureSlugs(): Promise<{ slug: string; updatedAt: Date }[]> {
  'use cache';
  cacheTag(cacheTags.procedures);
  return prisma.administrativeProcedure.findMany({ where: { published: true }, select: { slug: true, updatedAt: true }, orderBy: { name: 'asc' } });
}
