'use server';

import { cacheTags } from '@/lib/data/cache-tags';
import { deletePhotoAlbum, savePhotoAlbum, setPhotoAlbumPublished } from '@/lib/data/staff/photo-albums';
import { recordPublishedSchema } from '@/lib/validation/common';
import { photoAlbumInputSchema } from '@/lib/validation/photo-album';
import { failure, success } from './action-result';
import { defineAction } from './define-action';
import { recordActions } from './record-actions';

// Issue 18 part 8: photo albums. A change expires the album pages and every article gallery
// (they read the album through the same tag).

const ALBUM_GONE = 'Album không còn tồn tại.';
const albums = recordActions({
  permission: 'photoAlbum.manage',
  noun: 'album',
  invalidates: () => [cacheTags.photoAlbums],
  messages: { gone: ALBUM_GONE },
});

/** Creates (no `id`) or updates an album from the form, images in the order given. */
export const savePhotoAlbumAction = albums.save(photoAlbumInputSchema, { save: savePhotoAlbum }, 'album');
export const deletePhotoAlbumAction = albums.remove(deletePhotoAlbum);

export const setPhotoAlbumPublishedAction = defineAction(
  { permission: 'photoAlbum.manage', schema: recordPublishedSchema, invalidMessage: ALBUM_GONE, invalidates: [cacheTags.photoAlbums] },
  async ({ id, published }, { user }) => {
    const result = await setPhotoAlbumPublished(id, published, user);
    if (result === 'notFound') return failure(ALBUM_GONE);
    if (result === 'empty') return failure('Album chưa có ảnh nào: hãy thêm ảnh trước khi xuất bản.');
    return success(published ? 'Đã xuất bản album.' : 'Đã ẩn album.');
  },
);
