'use client';

import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import type { JSONContent } from '@tiptap/react';
import { plainJson } from '@/components/editor/rich-text-editor';
import { autosaveArticleAction } from '@/lib/actions/articles';
import type { ArticleAutosaved } from '@/lib/actions/article-results';
import { clearLocalDraft, writeLocalDraft } from './article-local-draft';
import { timeLabel } from './article-form-types';
import type { ArticleFieldValues } from './use-article-fields';

const AUTOSAVE_DELAY_MS = 3_000;

export interface AutosaveOptions {
  articleId: string | null;
  version: number;
  fields: ArticleFieldValues;
  /** The editor's current document (kept out of React state: it changes on every keystroke). */
  bodyRef: RefObject<JSONContent>;
  /** Bumped on every body change, so the autosave notices it. */
  bodyRevision: number;
  configuredOrigin: string | null;
  /** A manual save is running: wait (a new article must not be created twice). */
  paused: boolean;
  /** The first autosave of a new article created it. */
  onCreated: (created: ArticleAutosaved) => void;
}

/** Why the server refused, in words an editor can act on. */
function refusedMessage(configuredOrigin: string | null): string {
  const here = window.location.origin;
  if (!navigator.onLine) return 'Chưa tự lưu được lên máy chủ: máy tính đang mất kết nối mạng. Nội dung vẫn được giữ trên máy này.';
  const address = configuredOrigin && configuredOrigin !== here ? ` (địa chỉ đã cấu hình cho máy chủ, SITE_URL, là ${configuredOrigin})` : '';
  return `Máy chủ từ chối tự lưu. Nguyên nhân thường gặp: phiên đăng nhập đã hết hạn (hãy đăng nhập lại trong thẻ khác), hoặc máy chủ không chấp nhận trang quản trị mở bằng địa chỉ ${here}${address}. Nội dung vẫn được giữ trên máy này.`;
}

/**
 * Autosave with one transport, the `autosaveArticleAction` server action (the same origin and
 * permission checks as every other save): a few seconds after typing stops, when the tab is
 * hidden, and on demand (before the preview). Every change is mirrored to localStorage first,
 * so a dead network or a closed tab loses nothing.
 */
export function useArticleAutosave({ articleId, version, fields, bodyRef, bodyRevision, configuredOrigin, paused, onCreated }: AutosaveOptions) {
  const [label, setLabel] = useState('');
  const textKey = `${fields.title}\u0000${fields.summary}\u0000${bodyRevision}`;
  // The text last stored on the server (autosave or manual save); anything else is pending.
  const [savedKey, setSavedKey] = useState(textKey);
  const sendPending = useRef<(() => Promise<boolean>) | null>(null);
  const inFlight = useRef<Promise<boolean>>(Promise.resolve(true));
  const created = useRef<{ id: string; version: number } | null>(null);
  const dirty = textKey !== savedKey;

  const send = useCallback(
    (key: string) => {
      const run = async (): Promise<boolean> => {
        const id = articleId ?? created.current?.id;
        if (!id && !fields.title.trim()) return false;
        try {
          const result = await autosaveArticleAction({ ...fields, ...(id ? { id, version } : {}), body: plainJson(bodyRef.current) });
          if (!result.ok || !result.data) {
            setLabel(`Chưa tự lưu được lên máy chủ: ${result.message} Nội dung vẫn được giữ trên máy này.`);
            return false;
          }
          if (result.data.created) {
            created.current = { id: result.data.id, version: result.data.version };
            clearLocalDraft(null);
            onCreated(result.data);
          }
          setSavedKey(key);
          setLabel(`${result.data.created ? 'Đã tự lưu bản nháp' : 'Đã tự lưu'} lúc ${timeLabel(new Date().toISOString())}`);
          return true;
        } catch {
          setLabel(refusedMessage(configuredOrigin));
          return false;
        }
      };
      // One request at a time, so a new article is created once.
      inFlight.current = inFlight.current.then(run, run);
      return inFlight.current;
    },
    [articleId, version, fields, bodyRef, configuredOrigin, onCreated],
  );

  // Each change: copy to this browser at once, send to the server once typing pauses.
  useEffect(() => {
    sendPending.current = dirty ? () => send(textKey) : null;
    if (!dirty || paused) return;
    writeLocalDraft(articleId, { title: fields.title, summary: fields.summary, body: bodyRef.current });
    const timer = setTimeout(() => void send(textKey), AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [dirty, paused, textKey, articleId, fields.title, fields.summary, bodyRef, send]);

  // Leaving the tab (switching, closing, locking the phone: the page is hidden first): send
  // what is pending now. Should the tab die before the answer, the local copy still has it.
  useEffect(() => {
    function flush() {
      if (document.visibilityState === 'hidden') void sendPending.current?.();
    }
    document.addEventListener('visibilitychange', flush);
    return () => {
      document.removeEventListener('visibilitychange', flush);
    };
  }, []);

  return {
    label,
    /** Identifies the text on screen; hand it back to markSaved once a manual save stored it. */
    textKey,
    /**
     * Waits for an autosave in flight; answers the article it saved to, so that a save
     * clicked meanwhile updates the draft the autosave just created instead of making another.
     */
    async settled(): Promise<{ id: string; version: number } | null> {
      await inFlight.current;
      return created.current;
    },
    /** Sends the text on screen now, changed or not (the preview reads it); true when stored. */
    saveNow: () => send(textKey),
    /** A manual save stored the text identified by `key`: nothing left to autosave for it. */
    markSaved(key: string, savedId: string) {
      setSavedKey(key);
      clearLocalDraft(articleId);
      clearLocalDraft(savedId);
    },
  };
}
