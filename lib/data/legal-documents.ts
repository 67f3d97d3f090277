import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { Prisma } from '@/lib/generated/prisma/client';
import { prisma } from '@/lib/db';
import type { LegalDocumentTypeCode } from '@/lib/decree/legal-documents';
import { cacheTags } from './cache-tags';
import { escapeLike, normalizeSearchQuery } from './search';

// The public legal-document library (/van-ban): published documents only, filtered and searched
// with the same unaccent machinery as article search (GIN indexes search_legal_documents_*).

export const LEGAL_DOCUMENTS_PER_PAGE = 20;

export interface LegalDocumentFilters {
  q?: string;
  type?: LegalDocumentTypeCode | null;
  issuingBody?: string | null;
  field?: string | null;
  year?: number | null;
  page?: number;
}

export interface LegalDocumentAttachmentDto {
  id: string;
  storageKey: string;
  mimeType: string;
  originalName: string;
  byteSize: number;
}

export interface LegalDocumentListItem {
  id: string;
  documentType: LegalDocumentTypeCode;
  number: string;
  issuingBody: string;
  issuedOn: Date;
  effectiveOn: Date | null;
  expiresOn: Date | null;
  replacedById: string | null;
  summary: string;
  field: string;
}

export interface LegalDocumentPage {
  items: LegalDocumentListItem[];
  total: number;
  page: number;
  pageCount: number;
}

const listSelect = {
  id: true,
  documentType: true,
  number: true,
  issuingBody: true,
  issuedOn: true,
  effectiveOn: true,
  expiresOn: true,
  replacedById: true,
  summary: true,
  field: true,
} satisfies Prisma.LegalDocumentSelect;

/**
 * Published documents matching every given filter; `q` matches words of the number or summary
 * (full text) or a substring of either (`42/2022` finds `42/2022/NĐ-CP`), ignoring case and
 * diacritics. Newest first. Parameters only: nothing typed becomes SQL.
 */
export async function searchLegalDocuments(filters: LegalDocumentFilters): Promise<LegalDocumentPage> {
  'use cache';
  cacheTag(cacheTags.legalDocuments);
  cacheLife('minutes');
  const query = normalizeSearchQuery(filters.q);
  const like = query ? `%${escapeLike(query)}%` : null;
  const conditions: Prisma.Sql[] = [Prisma.sql`d.published`];
  if (filters.type) conditions.push(Prisma.sql`d.document_type::text = ${filters.type}`);
  if (filters.issuingBody) conditions.push(Prisma.sql`d.issuing_body = ${filters.issuingBody}`);
  if (filters.field) conditions.push(Prisma.sql`d.field = ${filters.field}`);
  if (filters.year) conditions.push(Prisma.sql`EXTRACT(YEAR FROM d.issued_on) = ${filters.year}`);
  if (query) {
    conditions.push(Prisma.sql`(
      to_tsvector('simple'::regconfig, public.ccn_unaccent(d.number || ' ' || d.summary)) @@ plainto_tsquery('simple', public.ccn_unaccent(${query}))
      OR public.ccn_unaccent(d.number) LIKE public.ccn_unaccent(${like})
      OR public.ccn_unaccent(d.summary) LIKE public.ccn_unaccent(${like}))`);
  }
  const where = Prisma.join(conditions, ' AND ');
  const [counted] = await prisma.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total FROM legal_documents d WHERE ${where}`;
  const total = counted?.total ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / LEGAL_DOCUMENTS_PER_PAGE));
  const page = Math.min(Math.max(Math.trunc(filters.page ?? 1) || 1, 1), pageCount);
  const ids = await prisma.$queryRaw<{ id: string }[]>`
    SELECT d.id::text AS id FROM legal_documents d WHERE ${where}
    ORDER BY d.issued_on DESC, d.number ASC, d.id ASC
    LIMIT ${LEGAL_DOCUMENTS_PER_PAGE} OFFSET ${(page - 1) * LEGAL_DOCUMENTS_PER_PAGE}`;
  const rows = await prisma.legalDocument.findMany({ where: { id: { in: ids.map((row) => row.id) } }, select: listSelect });
  const byId = new Map(rows.map((row) => [row.id, row]));
  const items = ids.map((row) => byId.get(row.id)).filter((row): row is (typeof rows)[number] => !!row);
  return { items, total, page, pageCount };
}

export interface LegalDocumentFacets {
  issuingBodies: string[];
  fields: string[];
  years: number[];
}

/** The values the public filters offer, taken from published documents. */
export async function legalDocumentFacets(): Promise<LegalDocumentFacets> {
  'use cache';
  cacheTag(cacheTags.legalDocuments);
  const [bodies, fields, years] = await Promise.all([
    prisma.legalDocument.findMany({ where: { published: true }, distinct: ['issuingBody'], select: { issuingBody: true }, orderBy: { issuingBody: 'asc' } }),
    prisma.legalDocument.findMany({ where: { published: true, field: { not: '' } }, distinct: ['field'], select: { field: true }, orderBy: { field: 'asc' } }),
    prisma.$queryRaw<{ year: number }[]>`SELECT DISTINCT EXTRACT(YEAR FROM issued_on)::int AS year FROM legal_documents WHERE published ORDER BY year DESC`,
  ]);
  return { issuingBodies: bodies.map((row) => row.issuingBody), fields: fields.map((row) => row.field), years: years.map((row) => row.year) };
}

export interface LegalDocumentDetail extends LegalDocumentListItem {
  signer: string;
  updatedAt: Date;
  attachments: LegalDocumentAttachmentDto[];
  replacedBy: { id: string; number: string } | null;
  replaces: { id: string; number: string }[];
}

/** A published document with its files and replacement links (only to published documents). */
export async function publishedLegalDocument(id: string): Promise<LegalDocumentDetail | null> {
  'use cache';
  cacheTag(cacheTags.legalDocuments, cacheTags.legalDocument(id));
  if (!/^[0-9a-f-]{36}$/.test(id)) return null;
  const row = await prisma.legalDocument.findFirst({
    where: { id, published: true },
    select: {
      ...listSelect,
      signer: true,
      updatedAt: true,
      attachments: {
        orderBy: { sortOrder: 'asc' },
        select: { media: { select: { id: true, storageKey: true, mimeType: true, originalName: true, byteSize: true } } },
      },
      replacedBy: { select: { id: true, number: true, published: true } },
      replaces: { where: { published: true }, select: { id: true, number: true }, orderBy: { issuedOn: 'desc' } },
    },
  });
  if (!row) return null;
  const { attachments, replacedBy, ...rest } = row;
  return {
    ...rest,
    attachments: attachments.map(({ media }) => ({ ...media, byteSize: Number(media.byteSize) })),
    replacedBy: replacedBy?.published ? { id: replacedBy.id, number: replacedBy.number } : null,
  };
}

/** Published documents for the sitemap. */
export async function publishedLegalDocumentIds(): Promise<{ id: string; updatedAt: Date }[]> {
  'use cache';
  cacheTag(cacheTags.legalDocuments);
  return prisma.legalDocument.findMany({ where: { published: true }, select: { id: true, updatedAt: true }, orderBy: { issuedOn: 'desc' } });
}
