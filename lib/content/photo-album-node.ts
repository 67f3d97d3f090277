import { Node } from '@tiptap/core';

// An album of the photo library placed in a body (issue 18 part 8). The body stores only which
// album (id) and, for the stored HTML, its title and slug at the time it was placed; the HTML is a
// placeholder (<figure data-photo-album="id"> with a link to the album page) that the public
// page replaces with the live gallery (components/site/rich-content.tsx), so later changes to
// the album show in the article, and an unpublished or deleted album shows nothing.

export const ALBUM_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const ALBUM_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const CONTROL = /[\u0000-\u001f\u007f]/;

function requireString(test: (value: string) => boolean, what: string) {
  return (value: unknown) => {
    if (typeof value !== 'string' || !test(value)) throw new RangeError(`${what} của album ảnh không hợp lệ`);
  };
}

export const PhotoAlbumNode = Node.create({
  name: 'photoAlbum',
  group: 'block',
  atom: true,
  selectable: true,
  draggable: true,

  addAttributes() {
    return {
      albumId: { default: '', rendered: false, validate: requireString((value) => ALBUM_ID.test(value), 'Mã') },
      slug: { default: '', rendered: false, validate: requireString((value) => value.length <= 120 && ALBUM_SLUG.test(value), 'Đường dẫn') },
      title: { default: '', rendered: false, validate: requireString((value) => value.length <= 300 && !CONTROL.test(value), 'Tên') },
    };
  },

  parseHTML() {
    return [
      {
        tag: 'figure[data-photo-album]',
        // Pasted or imported HTML: only a well-formed placeholder becomes an album, never a throw.
        getAttrs: (element) => {
          const link = element.querySelector('a');
          const albumId = element.getAttribute('data-photo-album') ?? '';
          const slug = link?.getAttribute('href')?.replace(/^\/thu-vien-anh\//, '') ?? '';
          const title = (link?.textContent ?? '').replace(/^Album ảnh: /, '').slice(0, 300);
          if (!ALBUM_ID.test(albumId) || !ALBUM_SLUG.test(slug) || CONTROL.test(title)) return false;
          return { albumId, slug, title };
        },
      },
    ];
  },

  renderHTML({ node }) {
    const title = String(node.attrs.title ?? '');
    return ['figure', { 'data-photo-album': String(node.attrs.albumId) }, ['a', { href: `/thu-vien-anh/${String(node.attrs.slug)}` }, `Album ảnh: ${title}`]];
  },

  renderText({ node }) {
    return `Album ảnh: ${String(node.attrs.title ?? '')}`;
  },
});
