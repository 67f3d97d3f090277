'use client';

import { useState } from 'react';
import type { Editor } from '@tiptap/react';
import { isAllowedHref } from '@/lib/content/extensions';

// Adds, edits or removes the link on the selection; only http, https, mailto and tel pass.
export function LinkPanel({ editor, onClose }: { editor: Editor; onClose: () => void }) {
  const [href, setHref] = useState(() => String(editor.getAttributes('link').href ?? ''));
  const [error, setError] = useState('');

  function apply(event: React.SyntheticEvent) {
    event.preventDefault();
    const value = href.trim();
    if (!value) {
      editor.chain().focus().extendMarkRange('link').unsetLink().run();
      onClose();
      return;
    }
    if (!isAllowedHref(value)) {
      setError('Liên kết không hợp lệ: chỉ chấp nhận địa chỉ bắt đầu bằng http://, https://, mailto: hoặc tel:.');
      return;
    }
    const chain = editor.chain().focus();
    if (editor.state.selection.empty && !editor.isActive('link')) {
      chain.insertContent({ type: 'text', text: value, marks: [{ type: 'link', attrs: { href: value } }] }).run();
    } else {
      chain.extendMarkRange('link').setLink({ href: value }).run();
    }
    onClose();
  }

  return (
    <div role="group" className="flex flex-wrap items-start gap-2 border-b border-slate-200 bg-slate-50 p-2" aria-label="Chèn liên kết" onKeyDown={(event) => event.key === 'Enter' && event.target instanceof HTMLInputElement && apply(event)}>
      <div className="flex min-w-64 flex-1 flex-col">
        <label htmlFor="editor-link-href" className="text-sm font-medium">
          Địa chỉ liên kết
        </label>
        <input
          id="editor-link-href"
          type="text"
          inputMode="url"
          autoFocus
          value={href}
          onChange={(event) => {
            setHref(event.target.value);
            setError('');
          }}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'editor-link-error' : undefined}
          placeholder="https://…"
          className="rounded border border-slate-300 px-2 py-1"
        />
        {error && (
          <p id="editor-link-error" role="alert" className="mt-1 text-sm text-red-700">
            {error}
          </p>
        )}
      </div>
      <div className="flex gap-2 self-end">
        <button type="button" onClick={apply} className="rounded bg-brand-700 px-3 py-1 text-white">
          Áp dụng liên kết
        </button>
        {editor.isActive('link') && (
          <button type="button" className="rounded border px-3 py-1" onClick={() => (editor.chain().focus().extendMarkRange('link').unsetLink().run(), onClose())}>
            Bỏ liên kết
          </button>
        )}
        <button type="button" className="rounded border px-3 py-1" onClick={onClose}>
          Huỷ
        </button>
      </div>
    </div>
  );
}
