'use client';

import { useEffect, useRef, useState } from 'react';
import type { JSONContent } from '@tiptap/react';
import { plainJson } from '@/components/editor/rich-text-editor';
import { autosavePageAction } from '@/lib/actions/pages';
import { timeLabel } from './article-form-types';

const AUTOSAVE_DELAY_MS = 3_000;

/**
 * The static page editor's autosave (issue 18): like the article editor's, three seconds after
 * typing stops and when the tab is hidden, through one server action that stores the text as
 * the admin's AUTOSAVE revision (never the page itself, never its version). New pages are not
 * autosaved: they have no row yet.
 */
export function usePageAutosave({
  pageId,
  version,
  title,
  body,
  paused,
}: {
  pageId: string | null;
  version: number;
  title: string;
  body: JSONContent;
  paused: boolean;
}) {
  const [label, setLabel] = useState('');
  const first = useRef(true);
  const latest = useRef({ title, body });
  const dirty = useRef(false);

  async function send() {
    if (!pageId || !dirty.current) return;
    dirty.current = false;
    try {
      const result = await autosavePageAction({ id: pageId, version, title: latest.current.title, body: plainJson(latest.current.body) });
      setLabel(result.ok ? `Đã tự lưu lúc ${timeLabel(new Date().toISOString())}` : `Chưa tự lưu được: ${result.message}`);
    } catch {
      setLabel('Chưa tự lưu được lên máy chủ (mất kết nối hoặc phiên đăng nhập đã hết hạn).');
    }
  }
  const sendRef = useRef(send);
  // The newest text and sender, for the timer and the tab-hidden flush.
  useEffect(() => {
    latest.current = { title, body };
    sendRef.current = send;
  });

  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    dirty.current = true;
    if (paused) return;
    const timer = setTimeout(() => void sendRef.current(), AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [title, body, paused]);

  useEffect(() => {
    function flush() {
      if (document.visibilityState === 'hidden') void sendRef.current();
    }
    document.addEventListener('visibilitychange', flush);
    return () => document.removeEventListener('visibilitychange', flush);
  }, []);

  return {
    label,
    /** A manual save stored the text: nothing left to autosave. */
    markSaved() {
      dirty.current = false;
    },
  };
}
