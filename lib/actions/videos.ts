'use server';

import { cacheTags } from '@/lib/data/cache-tags';
import { createVideo, deleteVideo, reorderVideos, setVideoPublished, updateVideo } from '@/lib/data/staff/videos';
import { videoInputSchema } from '@/lib/validation/video';
import { defineDeleteRecordAction, definePublishRecordAction, defineReorderRecordsAction, defineSaveRecordAction } from './record-actions';

const VIDEO = { permission: 'video.manage', invalidates: () => [cacheTags.videos], gone: 'Video không còn tồn tại.' } as const;

/** Creates (no `id`) or updates a video from the form. */
export const saveVideoAction = defineSaveRecordAction(
  { ...VIDEO, schema: videoInputSchema, added: 'Đã thêm video.', saved: 'Đã lưu video.' },
  (id, input, user) => (id ? updateVideo(id, input, user) : createVideo(input, user)),
  (saved) => saved.video.id,
);

export const deleteVideoAction = defineDeleteRecordAction({ ...VIDEO, deleted: 'Đã xóa video.' }, deleteVideo);

export const setVideoPublishedAction = definePublishRecordAction({ ...VIDEO, published: 'Đã xuất bản video.', hidden: 'Đã ẩn video.' }, setVideoPublished);

export const reorderVideosAction = defineReorderRecordsAction({ permission: VIDEO.permission, invalidates: [cacheTags.videos] }, reorderVideos);
