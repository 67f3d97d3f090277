'use client';

import { useEffect, useState } from 'react';
import type { JSONContent } from '@tiptap/react';
import { discardAutosaveAction } from '@/lib/actions/articles';
import { clearLocalDraft, readLocalDraft } from './article-local-draft';
import { EMPTY_BODY, type ArticleFormArticle, type ServerAutosave } from './article-form-types';

export interface Recovery {
  title: string;
  summary: string;
  body: JSONContent;
  savedAt: string;
  source: 'server' | 'local';
}

/**
 * The recovery offer on opening the editor: the newest of the server autosave and this
 * browser's copy, when it differs from (and is newer than) the last real save.
 */
export function useArticleRecovery(article: ArticleFormArticle | null, autosave: ServerAutosave | null) {
  const [recovery, setRecovery] = useState<Recovery | null>(null);

  useEffect(() => {
    const local = readLocalDraft(article?.id ?? null);
    const savedAt = article ? new Date(article.updatedAt).getTime() : 0;
    const candidates: Recovery[] = [];
    if (autosave) candidates.push({ ...autosave, savedAt: autosave.createdAt, source: 'server' });
    if (local && new Date(local.savedAt).getTime() > savedAt) candidates.push({ ...local, source: 'local' });
    const newest = candidates.sort((a, b) => b.savedAt.localeCompare(a.savedAt))[0];
    if (newest && JSON.stringify(newest.body) !== JSON.stringify(article?.body ?? EMPTY_BODY)) {
      // eslint-disable-next-line react-hooks/set-state-in-effect -- localStorage exists only after mount
      setRecovery(newest);
    }
  }, [article, autosave]);

  return {
    recovery,
    /** Hands the offered text to `apply` (which puts it on screen) and closes the offer. */
    restore(apply: (recovered: Recovery) => void) {
      if (!recovery) return;
      apply(recovery);
      setRecovery(null);
    },
    async discard(articleId: string | null) {
      clearLocalDraft(articleId);
      setRecovery(null);
      if (articleId) await discardAutosaveAction(articleId);
    },
    dismiss: () => setRecovery(null),
  };
}
