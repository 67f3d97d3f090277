import type { JSONContent } from '@tiptap/react';
import type { ArticleStatusValue } from '@/lib/validation/article';

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
}

export const EMPTY_BODY: JSONContent = { type: 'doc', content: [{ type: 'paragraph' }] };

export function timeLabel(iso: string): string {
  return new Intl.DateTimeFormat('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', dateStyle: 'short', timeStyle: 'medium' }).format(new Date(iso));
}
