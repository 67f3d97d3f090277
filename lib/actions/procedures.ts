'use server';

import { z } from 'zod';
import { defineAction } from '@/lib/actions/define-action';
import { failure, success } from '@/lib/actions/action-result';
import { cacheTags } from '@/lib/data/cache-tags';
import { deleteProcedure, saveProcedure } from '@/lib/data/staff/procedures';
import { procedureInputSchema } from '@/lib/validation/procedure';

const GONE = 'Thủ tục này không còn tồn tại.';

/** Creates (no `id`) or updates an administrative procedure from the admin form. */
export const saveProcedureAction = defineAction(
  {
    permission: 'procedure.manage',
    schema: procedureInputSchema.extend({ id: z.preprocess((value) => (value === '' ? undefined : value), z.uuid(GONE).optional()) }),
    invalidates: [cacheTags.procedures],
  },
  async ({ id, ...input }, { user }) => {
    const result = await saveProcedure(id ?? null, input, user);
    if (!result.ok) return result.reason === 'notFound' ? failure(GONE) : failure('Vui lòng kiểm tra lại các trường được đánh dấu.', result.errors);
    return success(id ? 'Đã lưu thủ tục.' : 'Đã thêm thủ tục.', { id: result.procedure.id });
  },
);

export const deleteProcedureAction = defineAction(
  { permission: 'procedure.manage', schema: z.object({ id: z.uuid(GONE) }), invalidMessage: GONE, invalidates: [cacheTags.procedures] },
  async ({ id }, { user }) => ((await deleteProcedure(id, user)) ? success('Đã xóa thủ tục.') : failure(GONE)),
);
