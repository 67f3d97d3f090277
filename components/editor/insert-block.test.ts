// @vitest-environment happy-dom
import { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { contentExtensions } from '@/lib/content/extensions';
import { insertYoutubeVideo } from './insert-block';

const SRC = 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ';
let editor: Editor | null = null;
afterEach(() => editor?.destroy());

function newEditor(): Editor {
  editor = new Editor({
    element: document.createElement('div'),
    extensions: contentExtensions,
    content: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Mở đầu.' }] }] },
  });
  editor.commands.focus('end');
  return editor;
}

const types = (e: Editor) => (e.getJSON().content ?? []).map((node) => node.type);

describe('inserting a YouTube video (issue 13 item 1)', () => {
  it('leaves the cursor in a new paragraph after it, so typing does not replace it', () => {
    const e = newEditor();
    expect(insertYoutubeVideo(e, SRC)).toBe(true);
    expect(e.state.selection.$from.parent.type.name).toBe('paragraph');
    e.commands.insertContent('Chữ sau video');
    expect(types(e)).toEqual(['paragraph', 'youtube', 'paragraph']);
    expect(JSON.stringify(e.getJSON())).toContain('Chữ sau video');
  });

  it('survives a table inserted next', () => {
    const e = newEditor();
    insertYoutubeVideo(e, SRC);
    e.commands.insertTable({ rows: 2, cols: 2, withHeaderRow: true });
    expect(types(e)).toContain('youtube');
    expect(types(e)).toContain('table');
  });

  it('the old way (setYoutubeVideo alone) loses the video to the next keystroke', () => {
    const e = newEditor();
    e.chain().focus().setYoutubeVideo({ src: SRC }).run();
    e.commands.insertContent('x');
    expect(types(e)).not.toContain('youtube');
  });
});
