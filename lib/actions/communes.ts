'use server';

import { z } from 'zod';
import { defineAction } from '@/lib/actions/define-action';
import { failure, success } from '@/lib/actions/action-result';
import { cacheTags } from '@/lib/data/cache-tags';
import { deleteCommune, saveCommune } from '@/lib/data/staff/communes';
import { communeInputSchema } from '@/lib/validation/commune';

const GONE = 'Xã, phường này không còn trong danh sách.';
// Clusters, projects and contacts show their commune: their pages change with it.
const TAGS = [cacheTags.communes, cacheTags.clusters, cacheTags.projects, cacheTags.officials];

export const saveCommuneAction = defineAction(
  {
    permission: 'commune.manage',
    schema: communeInputSchema.extend({ id: z.preprocess((value) => (value === '' ? undefined : value), z.uuid(GONE).optional()) }),
    invalidates: TAGS,
  },
  async ({ id, ...input }, { user }) => {
    const result = await saveCommune(id ?? null, input, user);
    if (!result.ok) return result.reason === 'notFound' ? failure(GONE) : failure('Vui lòng kiểm tra lại các trường được đánh dấu.', result.errors);
    return success(id ? 'Đã lưu.' : 'Đã thêm xã, phường.', { id: result.commune.id });
  },
);

export const deleteCommuneAction = defineAction(
  { permission: 'commune.manage', schema: z.object({ id: z.uuid(GONE) }), invalidMessage: GONE, invalidates: TAGS },
  async ({ id }, { user }) => ((await deleteCommune(id, user)) ? success('Đã xóa.') : failure(GONE)),
);
