// @vitest-environment happy-dom
import { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { contentExtensions } from '@/lib/content/extensions';
import { insertPhotoAlbum, insertYoutubeVideo } from './insert-block';

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

describe('placing a photo album (issue 18 part 8)', () => {
  it('inserts the album node followed by a paragraph that takes the cursor', () => {
    const e = newEditor();
    const album = { albumId: '0b6f7c1e-4a4b-4d7e-9a55-2f1f7e0c9a10', slug: 'le-khoi-cong', title: 'Lễ khởi công' };
    expect(insertPhotoAlbum(e, album)).toBe(true);
    e.commands.insertContent('Chữ sau album');
    expect(types(e)).toEqual(['paragraph', 'photoAlbum', 'paragraph']);
    expect(e.getJSON().content?.[1]?.attrs).toEqual(album);
    expect(JSON.stringify(e.getJSON())).toContain('Chữ sau album');
  });
});
