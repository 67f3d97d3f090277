import 'server-only';
import { cacheTag } from 'next/cache';
import { prisma } from '@/lib/db';
import { cacheTags } from './cache-tags';
import { publicMediaSelect, toPublicMedia, type PublicMedia } from './media-dto';

export interface PublicMapDocument {
  id: string;
  title: string;
  description: string;
  updatedAt: Date;
  file: (PublicMedia & { originalName: string; byteSize: number }) | null;
}

/** Published administrative maps in their sort order, with their file (image, PDF or none). */
export async function publishedMapDocuments(): Promise<PublicMapDocument[]> {
  'use cache';
  cacheTag(cacheTags.maps, cacheTags.media);
  const rows = await prisma.mapDocument.findMany({
    where: { published: true },
    orderBy: [{ sortOrder: 'asc' }, { title: 'asc' }],
    select: {
      id: true,
      title: true,
      description: true,
      updatedAt: true,
      media: { select: { ...publicMediaSelect, originalName: true, byteSize: true } },
    },
  });
  return rows.map(({ media, ...rest }) => ({
    ...rest,
    file: media ? { ...toPublicMedia(media), originalName: media.originalName, byteSize: Number(media.byteSize) } : null,
  }));
}
