'use client';

import { useEditorState, type Editor } from '@tiptap/react';
import { ToolbarButton, ToolbarDivider } from './toolbar-button';

export type EditorPanel = 'link' | 'image' | 'youtube' | null;

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
    <div role="toolbar" aria-label="Định dạng nội dung" className="sticky top-0 z-10 flex flex-wrap items-center gap-0.5 border-b border-slate-200 bg-white p-1">
      <ToolbarButton label="Đoạn văn" active={state.paragraph} onClick={() => chain().setParagraph().run()}>
        ¶
      </ToolbarButton>
      <ToolbarButton label="Tiêu đề cấp 2" active={state.h2} onClick={() => chain().toggleHeading({ level: 2 }).run()}>
        H2
      </ToolbarButton>
      <ToolbarButton label="Tiêu đề cấp 3" active={state.h3} onClick={() => chain().toggleHeading({ level: 3 }).run()}>
        H3
      </ToolbarButton>
      <ToolbarDivider />
      <ToolbarButton label="In đậm" active={state.bold} onClick={() => chain().toggleBold().run()}>
        <strong>B</strong>
      </ToolbarButton>
      <ToolbarButton label="In nghiêng" active={state.italic} onClick={() => chain().toggleItalic().run()}>
        <em>I</em>
      </ToolbarButton>
      <ToolbarButton label="Gạch chân" active={state.underline} onClick={() => chain().toggleUnderline().run()}>
        <span className="underline">U</span>
      </ToolbarButton>
      <ToolbarButton label="Gạch ngang" active={state.strike} onClick={() => chain().toggleStrike().run()}>
        <span className="line-through">S</span>
      </ToolbarButton>
      <ToolbarButton label="Liên kết" active={state.link || panel === 'link'} onClick={() => toggle('link')}>
        🔗
      </ToolbarButton>
      <ToolbarDivider />
      <ToolbarButton label="Danh sách dấu chấm" active={state.bulletList} onClick={() => chain().toggleBulletList().run()}>
        •≡
      </ToolbarButton>
      <ToolbarButton label="Danh sách đánh số" active={state.orderedList} onClick={() => chain().toggleOrderedList().run()}>
        1.
      </ToolbarButton>
      <ToolbarButton label="Trích dẫn" active={state.blockquote} onClick={() => chain().toggleBlockquote().run()}>
        ❝
      </ToolbarButton>
      <ToolbarDivider />
      <ToolbarButton label="Chèn ảnh" active={panel === 'image'} onClick={() => toggle('image')}>
        🖼
      </ToolbarButton>
      <ToolbarButton label="Chèn bảng" onClick={() => chain().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run()}>
        ▦
      </ToolbarButton>
      <ToolbarButton label="Chèn video YouTube" active={panel === 'youtube'} onClick={() => toggle('youtube')}>
        ▶
      </ToolbarButton>
      <ToolbarButton label="Đường kẻ ngang" onClick={() => chain().setHorizontalRule().run()}>
        ―
      </ToolbarButton>
      <ToolbarDivider />
      <ToolbarButton label="Hoàn tác" disabled={!state.canUndo} onClick={() => chain().undo().run()}>
        ↶
      </ToolbarButton>
      <ToolbarButton label="Làm lại" disabled={!state.canRedo} onClick={() => chain().redo().run()}>
        ↷
      </ToolbarButton>
      <ToolbarButton label="Xoá định dạng" onClick={() => chain().unsetAllMarks().clearNodes().run()}>
        T̸
      </ToolbarButton>
      {state.table && (
        <>
          <ToolbarDivider />
          <ToolbarButton label="Thêm hàng" onClick={() => chain().addRowAfter().run()}>
            +hàng
          </ToolbarButton>
          <ToolbarButton label="Xoá hàng" onClick={() => chain().deleteRow().run()}>
            −hàng
          </ToolbarButton>
          <ToolbarButton label="Thêm cột" onClick={() => chain().addColumnAfter().run()}>
            +cột
          </ToolbarButton>
          <ToolbarButton label="Xoá cột" onClick={() => chain().deleteColumn().run()}>
            −cột
          </ToolbarButton>
          <ToolbarButton label="Xoá bảng" onClick={() => chain().deleteTable().run()}>
            ✕bảng
          </ToolbarButton>
        </>
      )}
    </div>
  );
}
