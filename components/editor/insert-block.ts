import type { Editor } from '@tiptap/core';

/**
 * Inserts an atom block (a YouTube video) followed by an empty paragraph that takes the cursor:
 * left selected, the block would be replaced by the next keystroke or insert.
 */
export function insertYoutubeVideo(editor: Editor, src: string): boolean {
  return editor
    .chain()
    .focus()
    .insertContent([{ type: 'youtube', attrs: { src } }, { type: 'paragraph' }])
    .run();
}
