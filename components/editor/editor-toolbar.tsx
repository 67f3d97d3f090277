'use client';

import { useEditorState, type Editor } from '@tiptap/react';
import { ToolbarButton, ToolbarDivider } from './toolbar-button';

export type EditorPanel = 'link' | 'image' | 'youtube' | 'album' | null;

// The formatting toolbar. Active states come from useEditorState so only the toolbar
// re-renders on selection changes, not the whole form.
export function EditorToolbar({ editor, panel, onPanel }: { editor: Editor; panel: EditorPanel; onPanel: (panel: EditorPanel) => void }) {
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      paragraph: e.isActive('paragraph'),
      h2: e.isActive('heading', { level: 2 }),
      h3: e.isActive('heading', { level: 3 }),
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      underline: e.isActive('underline'),
      strike: e.isActive('strike'),
      link: e.isActive('link'),
      bulletList: e.isActive('bulletList'),
      orderedList: e.isActive('orderedList'),
      blockquote: e.isActive('blockquote'),
      table: e.isActive('table'),
      canUndo: e.can().undo(),
      canRedo: e.can().redo(),
    }),
  });
  const chain = () => editor.chain().focus();
  const toggle = (next: EditorPanel) => onPanel(panel === next ? null : next);

  return (
    <div
      role="toolbar"
      aria-label="Định dạng nội dung"
      className="sticky top-0 z-10 flex flex-wrap items-center gap-0.5 border-b border-slate-200 bg-white p-1"
    >
      <ToolbarButton label="Đoạn văn" icon="paragraph" active={state.paragraph} onClick={() => chain().setParagraph().run()} />
      <ToolbarButton label="Tiêu đề cấp 2" icon="heading2" active={state.h2} onClick={() => chain().toggleHeading({ level: 2 }).run()} />
      <ToolbarButton label="Tiêu đề cấp 3" icon="heading3" active={state.h3} onClick={() => chain().toggleHeading({ level: 3 }).run()} />
      <ToolbarDivider />
      <ToolbarButton label="In đậm" icon="bold" active={state.bold} onClick={() => chain().toggleBold().run()} />
      <ToolbarButton label="In nghiêng" icon="italic" active={state.italic} onClick={() => chain().toggleItalic().run()} />
      <ToolbarButton label="Gạch chân" icon="underline" active={state.underline} onClick={() => chain().toggleUnderline().run()} />
      <ToolbarButton label="Gạch ngang" icon="strike" active={state.strike} onClick={() => chain().toggleStrike().run()} />
      <ToolbarButton label="Liên kết" icon="link" text="Liên kết" active={state.link || panel === 'link'} onClick={() => toggle('link')} />
      <ToolbarDivider />
      <ToolbarButton label="Danh sách dấu chấm" icon="bulletList" active={state.bulletList} onClick={() => chain().toggleBulletList().run()} />
      <ToolbarButton label="Danh sách đánh số" icon="orderedList" active={state.orderedList} onClick={() => chain().toggleOrderedList().run()} />
      <ToolbarButton label="Trích dẫn" icon="quote" active={state.blockquote} onClick={() => chain().toggleBlockquote().run()} />
      <ToolbarDivider />
      <ToolbarButton label="Chèn ảnh" icon="image" text="Ảnh" active={panel === 'image'} onClick={() => toggle('image')} />
      <ToolbarButton label="Chèn bảng" icon="table" text="Bảng" onClick={() => chain().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run()} />
      <ToolbarButton label="Chèn video YouTube" icon="video" text="Video" active={panel === 'youtube'} onClick={() => toggle('youtube')} />
      <ToolbarButton label="Chèn album ảnh" icon="album" text="Album" active={panel === 'album'} onClick={() => toggle('album')} />
      <ToolbarButton label="Đường kẻ ngang" icon="rule" onClick={() => chain().setHorizontalRule().run()} />
      <ToolbarDivider />
      <ToolbarButton label="Hoàn tác" icon="undo" disabled={!state.canUndo} onClick={() => chain().undo().run()} />
      <ToolbarButton label="Làm lại" icon="redo" disabled={!state.canRedo} onClick={() => chain().redo().run()} />
      <ToolbarButton label="Xoá định dạng" icon="clearFormat" onClick={() => chain().unsetAllMarks().clearNodes().run()} />
      {state.table && (
        <>
          <ToolbarDivider />
          <ToolbarButton label="Thêm hàng" onClick={() => chain().addRowAfter().run()}>
            Thêm hàng
          </ToolbarButton>
          <ToolbarButton label="Xoá hàng" onClick={() => chain().deleteRow().run()}>
            Xoá hàng
          </ToolbarButton>
          <ToolbarButton label="Thêm cột" onClick={() => chain().addColumnAfter().run()}>
            Thêm cột
          </ToolbarButton>
          <ToolbarButton label="Xoá cột" onClick={() => chain().deleteColumn().run()}>
            Xoá cột
          </ToolbarButton>
          <ToolbarButton label="Xoá bảng" onClick={() => chain().deleteTable().run()}>
            Xoá bảng
          </ToolbarButton>
        </>
      )}
    </div>
  );
}
