'use server';

import { z } from 'zod';
import { defineAction } from '@/lib/actions/define-action';
import { failure, INVALID_FIELDS_MESSAGE, success } from '@/lib/actions/action-result';
import { cacheTags } from '@/lib/data/cache-tags';
import { deleteOrganizationUnit, saveOrganizationUnit } from '@/lib/data/staff/organization';
import { organizationUnitInputSchema } from '@/lib/validation/organization';

const GONE = 'Đơn vị này không còn tồn tại.';

/** Creates (no `id`) or updates a unit of the organisation chart. */
export const saveOrganizationUnitAction = defineAction(
  {
    permission: 'organization.manage',
    schema: organizationUnitInputSchema.extend({ id: z.preprocess((value) => (value === '' ? undefined : value), z.uuid(GONE).optional()) }),
    invalidates: [cacheTags.organization],
  },
  async ({ id, ...input }, { user }) => {
    const result = await saveOrganizationUnit(id ?? null, input, user);
    if (!result.ok) return result.reason === 'notFound' ? failure(GONE) : failure(INVALID_FIELDS_MESSAGE, result.errors);
    return success(id ? 'Đã lưu đơn vị.' : 'Đã thêm đơn vị.', { id: result.unit.id });
  },
);

export const deleteOrganizationUnitAction = defineAction(
  { permission: 'organization.manage', schema: z.object({ id: z.uuid(GONE) }), invalidMessage: GONE, invalidates: [cacheTags.organization] },
  async ({ id }, { user }) => {
    const result = await deleteOrganizationUnit(id, user);
    if (result === 'hasChildren') return failure('Đơn vị này còn đơn vị cấp dưới: hãy chuyển hoặc xóa các đơn vị cấp dưới trước.');
    return result ? success('Đã xóa đơn vị.') : failure(GONE);
  },
);
