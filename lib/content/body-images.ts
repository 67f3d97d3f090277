import { MEDIA_URL_PREFIX, pictureSources } from '../media/urls.ts';

// Images inside article/page bodies, drawn from the media library's stored variants. Pure: the
// DAL (lib/data/body-images.ts) or a seeding script looks the media rows up in one query and
// hands the result to renderContent, which stays free of database access.

/** A library address as it may appear in a body: `/media/<storage key>`, no `..` segments. */
export const LIBRARY_IMAGE_SRC = /^\/media\/(?!.*\.\.)[A-Za-z0-9/_.-]+$/;

/** Body images share the article column with the cover (see app/(site)/tin-tuc/[slug]/page.tsx). */
export const BODY_IMAGE_SIZES = '(min-width: 1024px) 48rem, 100vw';

export interface BodyImageSource {
  type: 'image/avif' | 'image/webp';
  /** `/media/<key> <width>w` entries, narrowest first. */
  srcset: string;
}

/** What a body image needs to reserve its space and offer responsive sources. */
export interface BodyImage {
  width: number;
  height: number;
  sources: BodyImageSource[];
}

/** Keyed by the image's `src` exactly as stored in the body JSON. */
export type BodyImages = ReadonlyMap<string, BodyImage>;

/** A media row as the lookup selects it. */
export interface BodyImageMedia {
  storageKey: string;
  width: number | null;
  height: number | null;
  variants: unknown;
}

function collectSources(node: unknown, found: Set<string>): void {
  if (!node || typeof node !== 'object') return;
  const { type, attrs, content } = node as { type?: unknown; attrs?: { src?: unknown }; content?: unknown };
  if (type === 'image' && typeof attrs?.src === 'string' && LIBRARY_IMAGE_SRC.test(attrs.src)) found.add(attrs.src);
  if (Array.isArray(content)) for (const child of content) collectSources(child, found);
}

/** The distinct `/media/…` image addresses in one or more bodies (Tiptap JSON, unvalidated). */
export function libraryImageSources(...bodies: unknown[]): string[] {
  const found = new Set<string>();
  for (const body of bodies) collectSources(body, found);
  return [...found];
}

const storageKeyOf = (src: string) => src.slice(MEDIA_URL_PREFIX.length);

// The editor stores the original's address, but a body may point at one of its variants. Image
// originals and variants are all `<prefix>-<width>.<ext>` (lib/media/keys.ts): they share
// `<prefix>-`.
function variantFamily(key: string): string | null {
  const match = /^(.+-)\d+\.[A-Za-z0-9]+$/.exec(key);
  return match?.[1] ?? null;
}

/**
 * The Prisma `where` for every media row a set of body images may belong to (one query for a
 * whole body, or a batch of bodies). Rows are matched exactly by `bodyImagesFromMedia`.
 */
export function bodyImageMediaWhere(sources: readonly string[]) {
  const keys = [...new Set(sources.map(storageKeyOf))];
  const families = [...new Set(keys.map(variantFamily).filter((family) => family !== null))];
  return {
    OR: [{ storageKey: { in: keys } }, ...families.map((family) => ({ storageKey: { startsWith: family } }))],
  };
}

/** Pairs each address with the media row that stores it (as original or as a variant). */
export function bodyImagesFromMedia(sources: readonly string[], rows: readonly BodyImageMedia[]): Map<string, BodyImage> {
  const owners = new Map<string, BodyImageMedia>();
  for (const row of rows) {
    owners.set(row.storageKey, row);
    if (!Array.isArray(row.variants)) continue;
    for (const variant of row.variants as { key?: unknown }[]) {
      if (variant && typeof variant.key === 'string' && !owners.has(variant.key)) owners.set(variant.key, row);
    }
  }
  const images = new Map<string, BodyImage>();
  for (const src of sources) {
    const media = owners.get(storageKeyOf(src));
    // Without the original's dimensions nothing can be reserved: such an image stays plain.
    if (!media?.width || !media.height) continue;
    const sources = pictureSources(media).map(({ type, srcSet }) => ({ type, srcset: srcSet }));
    images.set(src, { width: media.width, height: media.height, sources });
  }
  return images;
}
