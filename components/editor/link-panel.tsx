'use client';

import type { Editor } from '@tiptap/react';
import { isAllowedHref } from '@/lib/content/extensions';
import { UrlPanel } from './url-panel';

// Adds, edits or removes the link on the selection; only http, https, mailto and tel pass.
export function LinkPanel({ editor, onClose }: { editor: Editor; onClose: () => void }) {
  function apply(value: string): string | null {
    if (!value) {
      editor.chain().focus().extendMarkRange('link').unsetLink().run();
      return null;
    }
    if (!isAllowedHref(value))
      return 'Liên kết không hợp lệ: chỉ chấp nhận địa chỉ bắt đầu bằng http://, https://, mailto:, tel: hoặc đường dẫn trong trang bắt đầu bằng /.';
    const chain = editor.chain().focus();
    if (editor.state.selection.empty && !editor.isActive('link')) {
      chain.insertContent({ type: 'text', text: value, marks: [{ type: 'link', attrs: { href: value } }] }).run();
    } else {
      chain.extendMarkRange('link').setLink({ href: value }).run();
    }
    return null;
  }

  return (
    <UrlPanel
      inputId="editor-link-href"
      groupLabel="Chèn liên kết"
      fieldLabel="Địa chỉ liên kết"
      applyLabel="Áp dụng liên kết"
      initialValue={String(editor.getAttributes('link').href ?? '')}
      placeholder="https://…"
      onApply={apply}
      onClose={onClose}
      extraActions={
        editor.isActive('link') && (
          <button
            type="button"
            className="rounded border px-3 py-1"
            onClick={() => (editor.chain().focus().extendMarkRange('link').unsetLink().run(), onClose())}
          >
            Bỏ liên kết
          </button>
        )
      }
    />
  );
}
