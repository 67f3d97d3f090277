import { z } from 'zod';
import { TAG_NAME_MAX, TAGS_PER_ARTICLE_MAX } from '@/lib/content/tag-limits';
import { hasNoControlCharacters, uuid } from './common';

// Tags (issue 18): typed names while editing an article, renamed in the tag list.

const tagName = z
  .string('Tên thẻ không hợp lệ.')
  .trim()
  .min(1, 'Tên thẻ không được để trống.')
  .max(TAG_NAME_MAX, `Tên thẻ không được dài quá ${TAG_NAME_MAX} ký tự.`)
  .refine(hasNoControlCharacters, 'Tên thẻ chứa ký tự không hợp lệ.')
  .refine((value) => /[\p{L}\p{N}]/u.test(value), 'Tên thẻ cần có chữ hoặc số.');

export const articleTagsSchema = z.object({
  articleId: uuid,
  tags: z.preprocess(
    (value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]),
    z.array(tagName).max(TAGS_PER_ARTICLE_MAX, `Mỗi bài có nhiều nhất ${TAGS_PER_ARTICLE_MAX} thẻ.`),
  ),
});

export const tagSuggestSchema = z.object({ q: z.string().trim().max(TAG_NAME_MAX).default('') });

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const tagRenameSchema = z.object({
  id: uuid,
  name: tagName,
  slug: z
    .string()
    .trim()
    .toLowerCase()
    .max(TAG_NAME_MAX, `Đường dẫn không được dài quá ${TAG_NAME_MAX} ký tự.`)
    .refine((value) => value === '' || SLUG.test(value), 'Đường dẫn chỉ gồm chữ thường không dấu, số và dấu gạch ngang.')
    .default(''),
});
