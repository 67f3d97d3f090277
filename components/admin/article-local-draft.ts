import type { JSONContent } from '@tiptap/react';

// The second safety net: unsaved editor content mirrored to localStorage on every change, so
// even a dead network or a crashed tab loses nothing.

export interface LocalDraft {
  title: string;
  summary: string;
  body: JSONContent;
  savedAt: string;
}

const key = (articleId: string | null) => `ccn-article-draft:${articleId ?? 'moi'}`;

export function readLocalDraft(articleId: string | null): LocalDraft | null {
  try {
    const raw = window.localStorage.getItem(key(articleId));
    const draft = raw ? (JSON.parse(raw) as LocalDraft) : null;
    return draft && typeof draft.title === 'string' && draft.body && typeof draft.savedAt === 'string' ? draft : null;
  } catch {
    return null;
  }
}

export function writeLocalDraft(articleId: string | null, draft: Omit<LocalDraft, 'savedAt'>): void {
  try {
    window.localStorage.setItem(key(articleId), JSON.stringify({ ...draft, savedAt: new Date().toISOString() }));
  } catch {
    // Storage full or disabled: the server autosave still runs.
  }
}

export function clearLocalDraft(articleId: string | null): void {
  try {
    window.localStorage.removeItem(key(articleId));
  } catch {
    // nothing to clear
  }
}
