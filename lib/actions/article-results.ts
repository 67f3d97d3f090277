import type { ArticleStatusValue } from '@/lib/validation/article';

// What the article editor's actions hand back in ActionResult.data (plain data, importable by
// client components).

export interface ArticleSaved {
  id?: string;
  version?: number;
  status?: ArticleStatusValue;
  /** The save of a published article was kept as pending changes (issue 18). */
  pending?: boolean;
  /** The slug was taken: a free one to offer. */
  slugSuggestion?: string;
  /** Someone saved first: the user's text was kept as this revision. */
  conflict?: { revisionId: string; currentVersion: number };
}

export interface ArticleAutosaved {
  id: string;
  version: number;
  /** The first autosave of a new article created its draft (with this slug). */
  created: boolean;
  slug?: string;
}
