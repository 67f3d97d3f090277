'use server';

import { cacheTags } from '@/lib/data/cache-tags';
import { createVideo, deleteVideo, reorderVideos, setVideoPublished, updateVideo } from '@/lib/data/staff/videos';
import { videoInputSchema } from '@/lib/validation/video';
import { recordActions } from './record-actions';

const videos = recordActions({ permission: 'video.manage', noun: 'video', invalidates: () => [cacheTags.videos] });

/** Creates (no `id`) or updates a video from the form. */
export const saveVideoAction = videos.save(videoInputSchema, { create: createVideo, update: updateVideo }, 'video');
export const deleteVideoAction = videos.remove(deleteVideo);
export const setVideoPublishedAction = videos.publish(setVideoPublished);
export const reorderVideosAction = videos.reorder(reorderVideos, [cacheTags.videos]);
