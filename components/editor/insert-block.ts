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

export interface PlacedAlbum {
  albumId: string;
  slug: string;
  title: string;
}

/** Places a photo album (an atom block) the same way, with a paragraph after it for the cursor. */
export function insertPhotoAlbum(editor: Editor, album: PlacedAlbum): boolean {
  return editor
    .chain()
    .focus()
    .insertContent([{ type: 'photoAlbum', attrs: { albumId: album.albumId, slug: album.slug, title: album.title } }, { type: 'paragraph' }])
    .run();
}
