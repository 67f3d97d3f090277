'use server';

import { albumChoices, type AlbumChoice } from '@/lib/data/staff/photo-albums';
import { z } from 'zod';
import { success } from './action-result';
import { defineAction } from './define-action';

/** The albums the article editor offers to place in a body (any staff member who writes articles). */
export const listAlbumsForEditor = defineAction({ permission: 'article.editOwn', schema: z.object({}).catch({}) }, async () =>
  success<AlbumChoice[]>('', await albumChoices()),
);
