import type { Prisma } from '@/lib/generated/prisma/client';

// The media fields public pages need to draw an image or a video, and how to read the
// generated variants ([{ width, format, key, bytes }]) safely from their JSON column.

export const publicMediaSelect = {
  id: true,
  storageKey: true,
  mimeType: true,
  width: true,
  height: true,
  altText: true,
  variants: true,
} satisfies Prisma.MediaSelect;

export interface MediaVariant {
  width: number;
  format: string;
  key: string;
  bytes: number;
}

export interface PublicMedia {
  id: string;
  storageKey: string;
  mimeType: string;
  width: number | null;
  height: number | null;
  altText: string;
  variants: MediaVariant[];
}

export function parseVariants(value: unknown): MediaVariant[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry: unknown) => {
    if (!entry || typeof entry !== 'object') return [];
    const { width, format, key, bytes } = entry as Record<string, unknown>;
    if (typeof width !== 'number' || typeof key !== 'string' || typeof format !== 'string') return [];
    return [{ width, format, key, bytes: typeof bytes === 'number' ? bytes : 0 }];
  });
}

export function toPublicMedia(row: Prisma.MediaGetPayload<{ select: typeof publicMediaSelect }>): PublicMedia {
  return { ...row, variants: parseVariants(row.variants) };
}
