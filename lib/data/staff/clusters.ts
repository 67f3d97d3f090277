import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import { prisma } from '@/lib/db';
import type { SessionUser } from '@/lib/auth/session-user';
import { mediaUrl, thumbnailUrl } from '@/lib/media/urls';
import type { ClusterInput } from '@/lib/validation/cluster';
import { renderBody } from '../body-images';
import { recordAudit } from './audit';
import { isUuid } from './media';
import { checkCommuneRef } from './communes';

// Industrial clusters for staff ('cluster.manage'): CRUD, photos and related news.

const staffSelect = {
  id: true,
  name: true,
  slug: true,
  district: true,
  commune: true,
  communeId: true,
  place: { select: { name: true, kind: true } },
  plannedAreaHa: true,
  leasedAreaHa: true,
  status: true,
  power: true,
  water: true,
  wastewater: true,
  roads: true,
  industries: true,
  developer: true,
  contact: true,
  landPriceMin: true,
  landPriceMax: true,
  latitude: true,
  longitude: true,
  description: true,
  published: true,
  updatedAt: true,
  photos: {
    orderBy: { sortOrder: 'asc' },
    select: { media: { select: { id: true, storageKey: true, variants: true, mimeType: true, originalName: true, altText: true } } },
  },
  articles: { select: { article: { select: { id: true, title: true } } } },
} satisfies Prisma.IndustrialClusterSelect;

type StaffRow = Prisma.IndustrialClusterGetPayload<{ select: typeof staffSelect }>;

export interface StaffCluster extends Omit<StaffRow, 'photos' | 'articles'> {
  photos: { id: string; url: string; thumbnailUrl: string; mimeType: string; label: string }[];
  articles: { id: string; title: string }[];
}

function toStaff(row: StaffRow): StaffCluster {
  const { photos, articles, ...rest } = row;
  return {
    ...rest,
    photos: photos.map(({ media }) => ({
      id: media.id,
      url: mediaUrl(media.storageKey),
      thumbnailUrl: thumbnailUrl(media),
      mimeType: media.mimeType,
      label: media.altText || media.originalName,
    })),
    articles: articles.map(({ article }) => article),
  };
}

export async function listStaffClusters(): Promise<StaffCluster[]> {
  return (await prisma.industrialCluster.findMany({ orderBy: { name: 'asc' }, select: staffSelect })).map(toStaff);
}

export async function getStaffCluster(id: string): Promise<StaffCluster | null> {
  if (!isUuid(id)) return null;
  const row = await prisma.industrialCluster.findUnique({ where: { id }, select: staffSelect });
  return row ? toStaff(row) : null;
}

/** Articles staff can link as related news (not in the trash), newest first, optionally by title. */
export async function articleChoices(query = '', take = 30): Promise<{ id: string; title: string }[]> {
  const text = query.trim().slice(0, 200);
  return prisma.article.findMany({
    where: { deletedAt: null, ...(text ? { title: { contains: text, mode: 'insensitive' } } : {}) },
    orderBy: { updatedAt: 'desc' },
    take,
    select: { id: true, title: true },
  });
}

export type ClusterWriteResult =
  | { ok: true; cluster: StaffCluster; previousSlug: string | null }
  | { ok: false; reason: 'notFound' }
  | { ok: false; reason: 'invalid'; errors: Record<string, string[]> };

type Tx = Prisma.TransactionClient;

async function validateRefs(tx: Tx, input: ClusterInput, id: string | null): Promise<Record<string, string[]> | null> {
  const errors: Record<string, string[]> = {};
  if (new Set(input.photoIds).size !== input.photoIds.length) errors.photoIds = ['Một ảnh được chọn hai lần.'];
  else if (input.photoIds.length) {
    const images = await tx.media.count({ where: { id: { in: input.photoIds }, mimeType: { startsWith: 'image/' } } });
    if (images !== input.photoIds.length) errors.photoIds = ['Ảnh phải là ảnh trong thư viện.'];
  }
  const articleIds = [...new Set(input.articleIds)];
  if (articleIds.length && (await tx.article.count({ where: { id: { in: articleIds }, deletedAt: null } })) !== articleIds.length) {
    errors.articleIds = ['Tin liên quan không còn tồn tại.'];
  }
  if (await tx.industrialCluster.findFirst({ where: { slug: input.slug, ...(id ? { id: { not: id } } : {}) }, select: { id: true } })) {
    errors.slug = [`Đường dẫn "${input.slug}" đã có cụm công nghiệp khác dùng.`];
  }
  const communeError = await checkCommuneRef(tx, input.communeId);
  if (communeError) errors.communeId = [communeError];
  return Object.keys(errors).length ? errors : null;
}

async function data(input: ClusterInput, tx: Tx) {
  const { photoIds: _photos, articleIds: _articles, description, ...rest } = input;
  const rendered = await renderBody(description, tx);
  return { ...rest, description: description as Prisma.InputJsonValue, descriptionHtml: rendered.html, descriptionText: rendered.text };
}

async function setRelations(tx: Tx, clusterId: string, input: ClusterInput): Promise<void> {
  await tx.clusterPhoto.deleteMany({ where: { clusterId } });
  if (input.photoIds.length) await tx.clusterPhoto.createMany({ data: input.photoIds.map((mediaId, sortOrder) => ({ clusterId, mediaId, sortOrder })) });
  await tx.clusterArticle.deleteMany({ where: { clusterId } });
  const articleIds = [...new Set(input.articleIds)];
  if (articleIds.length) await tx.clusterArticle.createMany({ data: articleIds.map((articleId) => ({ clusterId, articleId })) });
}

export async function createCluster(input: ClusterInput, actor: SessionUser): Promise<ClusterWriteResult> {
  return prisma.$transaction(async (tx) => {
    const errors = await validateRefs(tx, input, null);
    if (errors) return { ok: false, reason: 'invalid', errors } as const;
    const { id } = await tx.industrialCluster.create({ data: await data(input, tx), select: { id: true } });
    await setRelations(tx, id, input);
    await recordAudit(
      { actor, action: 'cluster.create', entityType: 'IndustrialCluster', entityId: id, summary: { name: input.name, published: input.published } },
      tx,
    );
    return { ok: true, cluster: toStaff(await tx.industrialCluster.findUniqueOrThrow({ where: { id }, select: staffSelect })), previousSlug: null } as const;
  });
}

export async function updateCluster(id: string, input: ClusterInput, actor: SessionUser): Promise<ClusterWriteResult> {
  if (!isUuid(id)) return { ok: false, reason: 'notFound' };
  return prisma.$transaction(async (tx) => {
    const before = await tx.industrialCluster.findUnique({ where: { id }, select: { name: true, slug: true, published: true, leasedAreaHa: true } });
    if (!before) return { ok: false, reason: 'notFound' } as const;
    const errors = await validateRefs(tx, input, id);
    if (errors) return { ok: false, reason: 'invalid', errors } as const;
    await tx.industrialCluster.update({ where: { id }, data: await data(input, tx) });
    await setRelations(tx, id, input);
    const action = before.published !== input.published ? (input.published ? 'cluster.publish' : 'cluster.unpublish') : 'cluster.update';
    await recordAudit(
      {
        actor,
        action,
        entityType: 'IndustrialCluster',
        entityId: id,
        summary: { before, after: { name: input.name, slug: input.slug, published: input.published, leasedAreaHa: input.leasedAreaHa } },
      },
      tx,
    );
    return {
      ok: true,
      cluster: toStaff(await tx.industrialCluster.findUniqueOrThrow({ where: { id }, select: staffSelect })),
      previousSlug: before.slug,
    } as const;
  });
}

export async function deleteCluster(id: string, actor: SessionUser): Promise<boolean> {
  if (!isUuid(id)) return false;
  return prisma.$transaction(async (tx) => {
    const row = await tx.industrialCluster.findUnique({ where: { id }, select: { name: true, slug: true } });
    if (!row) return false;
    await tx.industrialCluster.delete({ where: { id } });
    await recordAudit({ actor, action: 'cluster.delete', entityType: 'IndustrialCluster', entityId: id, summary: row }, tx);
    return true;
  });
}
