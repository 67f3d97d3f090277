import type { JSONContent } from '@tiptap/react';
import { formatDate } from '@/lib/format/date';
import type { ArticleStatusValue } from '@/lib/validation/article';
import type { SeoPanelInitial } from './seo-panel';

// What the edit page hands the article form (plain data from the server).

export interface ArticleFormArticle {
  id: string;
  version: number;
  title: string;
  slug: string;
  summary: string;
  categoryId: string | null;
  coverMediaId: string | null;
  coverUrl: string | null;
  byline: string;
  body: JSONContent;
  status: ArticleStatusValue;
  publishedAt: string | null;
  updatedAt: string;
  /** The fields above are the pending changes of a published article (issue 18). */
  hasPendingChanges?: boolean;
  /** "Ẩn sau": when the scheduler takes the article down (ISO), issue 18. */
  unpublishAt?: string | null;
}

export interface ServerAutosave {
  title: string;
  summary: string;
  body: JSONContent;
  createdAt: string;
}

export interface ArticleFormProps {
  article: ArticleFormArticle | null;
  categories: { id: string; name: string }[];
  canPublish: boolean;
  /** Editors may unpublish, archive and trash from the form. */
  canChangeStatus: boolean;
  canTrash: boolean;
  autosave: ServerAutosave | null;
  /** SITE_URL, to name the cause when the server refuses an autosave from another address. */
  configuredOrigin: string | null;
  /** Issue 18: the article's tags and search/sharing fields (their own panels, saved on their own). */
  taxonomy?: ArticleTaxonomyInitial;
}

export interface ArticleTaxonomyInitial {
  tags: string[];
  seo: SeoPanelInitial;
  /** The start of the saved body's plain text (the default description). */
  bodyText: string;
}

export const EMPTY_BODY: JSONContent = { type: 'doc', content: [{ type: 'paragraph' }] };

const clock = new Intl.DateTimeFormat('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });

/** "08:30:15 26/11/2026", Vietnam time. */
export function timeLabel(iso: string): string {
  const date = new Date(iso);
  return `${clock.format(date)} ${formatDate(date)}`;
}
