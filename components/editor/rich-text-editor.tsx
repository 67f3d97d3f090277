'use client';

import { memo, useState } from 'react';
import CharacterCount from '@tiptap/extension-character-count';
import Placeholder from '@tiptap/extension-placeholder';
import { EditorContent, useEditor, useEditorState, type Editor, type JSONContent } from '@tiptap/react';
import { contentExtensions } from '@/lib/content/extensions';
import { EditorToolbar, type EditorPanel } from './editor-toolbar';
import { AlbumPanel } from './album-panel';
import { ImagePanel, type RenderImagePicker } from './image-panel';
import { LinkPanel } from './link-panel';
import { YoutubePanel } from './youtube-panel';

// The Tiptap editor for article and page bodies. It uses THE shared extension list, so it
// can only produce what the server accepts; Placeholder and CharacterCount are editor-only.

/**
 * ProseMirror builds attrs with a null prototype; React refuses to serialise such objects as
 * server action arguments, so a body is turned into plain JSON before it is sent.
 */
export function plainJson(json: JSONContent): JSONContent {
  return JSON.parse(JSON.stringify(json)) as JSONContent;
}

export interface RichTextEditorProps {
  id: string;
  label: string;
  initialContent: JSONContent;
  onChange: (json: JSONContent) => void;
  onReady?: (editor: Editor) => void;
  renderImagePicker: RenderImagePicker;
  invalid?: boolean;
  describedBy?: string;
  placeholder?: string;
}

// Memoised: the form re-renders on every keystroke (its autosave watches the body), the editor
// must not.
export const RichTextEditor = memo(function RichTextEditor({
  id,
  label,
  initialContent,
  onChange,
  onReady,
  renderImagePicker,
  invalid,
  describedBy,
  placeholder,
}: RichTextEditorProps) {
  const [panel, setPanel] = useState<EditorPanel>(null);
  const editor = useEditor({
    extensions: [
      ...contentExtensions,
      Placeholder.configure({ placeholder: placeholder ?? 'Nhập nội dung bài viết: gõ chữ, hoặc dùng thanh công cụ để chèn ảnh, bảng, video…' }),
      CharacterCount,
    ],
    content: initialContent,
    immediatelyRender: false,
    editorProps: {
      attributes: {
        id,
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-label': label,
        ...(invalid ? { 'aria-invalid': 'true' } : {}),
        ...(describedBy ? { 'aria-describedby': describedBy } : {}),
        class: 'prose-content min-h-80 px-4 py-3 focus:outline-none',
      },
    },
    onCreate: ({ editor: created }) => onReady?.(created),
    onUpdate: ({ editor: updated }) => onChange(updated.getJSON()),
  });

  if (!editor) return <div className="min-h-96 rounded border border-slate-300 bg-white" aria-busy="true" />;
  return (
    <div className={`rounded border bg-white ${invalid ? 'border-red-600' : 'border-slate-300'}`}>
      <EditorToolbar editor={editor} panel={panel} onPanel={setPanel} />
      {panel === 'link' && <LinkPanel editor={editor} onClose={() => setPanel(null)} />}
      {panel === 'youtube' && <YoutubePanel editor={editor} onClose={() => setPanel(null)} />}
      {panel === 'album' && <AlbumPanel editor={editor} onClose={() => setPanel(null)} />}
      {panel === 'image' && <ImagePanel editor={editor} onClose={() => setPanel(null)} renderPicker={renderImagePicker} />}
      <EditorContent editor={editor} />
      <WordCount editor={editor} />
    </div>
  );
});

function WordCount({ editor }: { editor: Editor }) {
  const words = useEditorState({ editor, selector: ({ editor: e }) => (e.storage.characterCount as { words: () => number }).words() });
  return (
    <p className="border-t border-slate-200 px-3 py-1 text-right text-sm text-slate-600" aria-live="polite">
      {words} từ
    </p>
  );
}
