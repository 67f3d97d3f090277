import type { ArticleStatusValue } from '@/lib/validation/article';

// What the article editor's server actions answer (plain data, safe to send to the client).

export interface ArticleFormState {
  ok: boolean | null;
  message?: string;
  errors?: Partial<Record<string, string[]>>;
  id?: string;
  version?: number;
  status?: ArticleStatusValue;
  slugSuggestion?: string;
  /** Someone saved first: the user's text was kept as this revision. */
  conflict?: { revisionId: string; currentVersion: number };
}

export interface BulkState {
  ok: boolean | null;
  message?: string;
}

export const INITIAL_ARTICLE_FORM_STATE: ArticleFormState = { ok: null };
export const INITIAL_BULK_STATE: BulkState = { ok: null };
