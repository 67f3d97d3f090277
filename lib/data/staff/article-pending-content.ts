import { z } from 'zod';

// The shape of an article's pending content (articles.pending_content): the editor's fields
// saved over a PUBLISHED article, waiting for "Cập nhật bài". Read back through this schema, so
// a row written by an older shape opens as "no pending changes" instead of crashing the editor.

const pendingArticleSchema = z.object({
  title: z.string(),
  slug: z.string(),
  summary: z.string(),
  byline: z.string(),
  categoryId: z.string().nullable(),
  coverMediaId: z.string().nullable(),
  body: z.custom<Record<string, unknown>>((value) => !!value && typeof value === 'object' && (value as { type?: unknown }).type === 'doc'),
});

export type PendingArticleContent = z.infer<typeof pendingArticleSchema>;

export function parsePendingArticle(value: unknown): PendingArticleContent | null {
  if (value === null || value === undefined) return null;
  const parsed = pendingArticleSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
