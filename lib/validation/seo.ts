import { z } from 'zod';
import { SEO_DESCRIPTION_MAX, SEO_TITLE_MAX } from '@/lib/seo/seo-fields';
import { optionalText, uuid } from './common';

// Search and sharing fields of an article or a static page (issue 18).

const seoFields = {
  metaTitle: optionalText('Tiêu đề SEO', SEO_TITLE_MAX),
  description: optionalText('Mô tả', SEO_DESCRIPTION_MAX),
  imageMediaId: z.preprocess((value) => (value === '' || value === undefined ? null : value), uuid.nullable()),
  noindex: z
    .unknown()
    .optional()
    .transform((value) => value === true || value === 'true' || value === 'on'),
};

export const articleSeoSchema = z.object({ articleId: uuid, ...seoFields });
export const pageSeoSchema = z.object({ pageId: uuid, ...seoFields });
export type SeoInput = { metaTitle: string; description: string; imageMediaId: string | null; noindex: boolean };
