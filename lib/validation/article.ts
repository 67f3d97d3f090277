import { z } from 'zod';
import { hasNoControlCharacters } from './common';
import { bodyProblemMessages, nestsWithin } from './rich-text';
import { hoChiMinhLocalToUtc } from './schedule-time';

// The article editor's schemas, shared by the form (client) and the server actions.

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const ARTICLE_STATUSES = ['DRAFT', 'PENDING_REVIEW', 'SCHEDULED', 'PUBLISHED', 'ARCHIVED'] as const;
export type ArticleStatusValue = (typeof ARTICLE_STATUSES)[number];

export const STATUS_LABELS: Record<ArticleStatusValue, string> = {
  DRAFT: 'Bản nháp',
  PENDING_REVIEW: 'Chờ duyệt',
  SCHEDULED: 'Hẹn giờ đăng',
  PUBLISHED: 'Đã đăng',
  ARCHIVED: 'Lưu trữ',
};

export const SAVE_INTENTS = ['save', 'submit', 'publish', 'schedule'] as const;
export type SaveIntent = (typeof SAVE_INTENTS)[number];

const optionalId = z.union([z.uuid({ message: 'Giá trị không hợp lệ.' }), z.literal('')]).transform((value) => (value === '' ? null : value));

export const slugSchema = z
  .string()
  .trim()
  .min(1, 'Nhập đường dẫn.')
  .max(120, 'Đường dẫn tối đa 120 ký tự.')
  .regex(SLUG_PATTERN, 'Đường dẫn chỉ gồm chữ thường không dấu, số và dấu gạch ngang.');

export const DEEP_BODY_MESSAGE = 'Nội dung lồng nhau quá nhiều tầng (danh sách, bảng, trích dẫn lồng trong nhau); hãy đơn giản bớt.';

export const bodySchema = z
  .custom<Record<string, unknown>>((value) => !!value && typeof value === 'object' && (value as { type?: unknown }).type === 'doc', {
    message: 'Nội dung không hợp lệ.',
  })
  .superRefine((body, context) => {
    if (!nestsWithin(body)) {
      context.addIssue({ code: 'custom', message: DEEP_BODY_MESSAGE });
      return;
    }
    // PostgreSQL's jsonb can't hold \u0000 (a 500 instead of a message otherwise).
    if (JSON.stringify(body).includes('\\u0000')) context.addIssue({ code: 'custom', message: 'Nội dung chứa ký tự không hợp lệ.' });
    for (const message of bodyProblemMessages(body)) context.addIssue({ code: 'custom', message });
  });

export const articleFieldsSchema = z.object({
  title: z.string().trim().min(1, 'Nhập tiêu đề.').max(300, 'Tiêu đề tối đa 300 ký tự.').refine(hasNoControlCharacters, 'Tiêu đề chứa ký tự không hợp lệ.'),
  slug: slugSchema,
  summary: z.string().trim().max(1000, 'Tóm tắt tối đa 1000 ký tự.').refine(hasNoControlCharacters, 'Tóm tắt chứa ký tự không hợp lệ.'),
  categoryId: optionalId,
  coverMediaId: optionalId,
  byline: z.string().trim().max(200, 'Tác giả hiển thị tối đa 200 ký tự.').refine(hasNoControlCharacters, 'Tác giả hiển thị chứa ký tự không hợp lệ.'),
  body: bodySchema,
});

export const saveArticleSchema = articleFieldsSchema
  .extend({
    id: z.uuid().optional(),
    version: z.number().int().min(1).optional(),
    intent: z.enum(SAVE_INTENTS),
    // "2026-11-26T08:30" in Asia/Ho_Chi_Minh; only for intent "schedule".
    scheduledAt: z.string().optional(),
  })
  .superRefine((value, context) => {
    if (value.id && value.version === undefined) {
      context.addIssue({ code: 'custom', path: ['version'], message: 'Thiếu phiên bản của bài viết.' });
    }
    if (value.intent === 'schedule') {
      const when = hoChiMinhLocalToUtc(value.scheduledAt ?? '');
      if (!when) context.addIssue({ code: 'custom', path: ['scheduledAt'], message: 'Chọn ngày giờ đăng hợp lệ.' });
      else if (when.getTime() <= Date.now()) {
        context.addIssue({ code: 'custom', path: ['scheduledAt'], message: 'Thời điểm hẹn đăng phải ở tương lai.' });
      }
    }
  });

export type SaveArticleInput = z.input<typeof saveArticleSchema>;
export type SaveArticleData = z.output<typeof saveArticleSchema>;

/**
 * What the editor's autosave sends: the text being written (never the version or the status).
 * Without an id it is the first autosave of a new article, which creates its draft.
 */
export const articleAutosaveSchema = z.object({
  id: z.uuid().optional(),
  version: z.number().int().min(1).optional(),
  title: z.string().max(300, 'Tiêu đề tối đa 300 ký tự.').refine(hasNoControlCharacters, 'Tiêu đề chứa ký tự không hợp lệ.'),
  summary: z.string().max(1000, 'Tóm tắt tối đa 1000 ký tự.').refine(hasNoControlCharacters, 'Tóm tắt chứa ký tự không hợp lệ.'),
  byline: z.string().max(200).refine(hasNoControlCharacters).default(''),
  categoryId: z.preprocess((value) => value ?? '', optionalId),
  coverMediaId: z.preprocess((value) => value ?? '', optionalId),
  // Looser than a save: unfinished work (an image still missing its alt text) is kept too.
  body: z.custom<Record<string, unknown>>(
    (value) =>
      !!value && typeof value === 'object' && (value as { type?: unknown }).type === 'doc' && nestsWithin(value) && !JSON.stringify(value).includes('\\u0000'),
    { message: 'Nội dung không hợp lệ.' },
  ),
});
export type ArticleAutosaveInput = z.input<typeof articleAutosaveSchema>;

export const ARTICLE_SORTS = ['updated-desc', 'updated-asc', 'published-desc', 'title-asc'] as const;
export type ArticleSort = (typeof ARTICLE_SORTS)[number];
export const SORT_LABELS: Record<ArticleSort, string> = {
  'updated-desc': 'Sửa gần nhất',
  'updated-asc': 'Sửa lâu nhất',
  'published-desc': 'Ngày đăng mới nhất',
  'title-asc': 'Tiêu đề A–Z',
};

function firstValue(value: unknown): unknown {
  return Array.isArray(value) ? value[0] : value;
}

// Query-string filters of the article list; anything malformed falls back to the default.
export const articleListQuerySchema = z.object({
  trangThai: z.preprocess(firstValue, z.enum(ARTICLE_STATUSES).optional().catch(undefined)),
  chuyenMuc: z.preprocess(firstValue, z.uuid().optional().catch(undefined)),
  tacGia: z.preprocess(firstValue, z.uuid().optional().catch(undefined)),
  // Issue 18: a tag's slug.
  the: z.preprocess(
    firstValue,
    z
      .string()
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
      .max(60)
      .optional()
      .catch(undefined),
  ),
  q: z.preprocess(firstValue, z.string().trim().max(200).optional().catch(undefined)),
  sapXep: z.preprocess(firstValue, z.enum(ARTICLE_SORTS).catch('updated-desc').default('updated-desc')),
  trang: z.preprocess(firstValue, z.coerce.number().int().min(1).max(10_000).catch(1).default(1)),
});
export type ArticleListQuery = z.output<typeof articleListQuerySchema>;

export const idListSchema = z.array(z.uuid()).min(1, 'Chọn ít nhất một bài viết.').max(200);
