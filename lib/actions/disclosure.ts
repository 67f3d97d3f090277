'use server';

import { z } from 'zod';
import { defineAction } from '@/lib/actions/define-action';
import { failure, success } from '@/lib/actions/action-result';
import { cacheTags } from '@/lib/data/cache-tags';
import { deleteCatalogEntry, deleteDisclosureItem, saveCatalogEntry, saveDisclosureItem } from '@/lib/data/staff/disclosure';
import { catalogEntryInputSchema, disclosureInputSchema } from '@/lib/validation/disclosure';

const GONE = 'Mục này không còn tồn tại.';
const optionalId = z.preprocess((value) => (value === '' ? undefined : value), z.uuid(GONE).optional());

/** Creates (no `id`) or updates a disclosure item (bidding notice, report…). */
export const saveDisclosureItemAction = defineAction(
  { permission: 'disclosure.manage', schema: disclosureInputSchema.safeExtend({ id: optionalId }), invalidates: [cacheTags.disclosure] },
  async ({ id, ...input }, { user }) => {
    const result = await saveDisclosureItem(id ?? null, input, user);
    if (!result.ok) return result.reason === 'notFound' ? failure(GONE) : failure('Vui lòng kiểm tra lại các trường được đánh dấu.', result.errors);
    return success(id ? 'Đã lưu.' : 'Đã thêm.', { id: result.item.id });
  },
);

export const deleteDisclosureItemAction = defineAction(
  { permission: 'disclosure.manage', schema: z.object({ id: z.uuid(GONE) }), invalidMessage: GONE, invalidates: [cacheTags.disclosure] },
  async ({ id }, { user }) => ((await deleteDisclosureItem(id, user)) ? success('Đã xóa.') : failure(GONE)),
);

/** Creates (no `id`) or updates an entry of the catalog of information that must be published. */
export const saveCatalogEntryAction = defineAction(
  { permission: 'disclosure.manage', schema: catalogEntryInputSchema.extend({ id: optionalId }), invalidates: [cacheTags.disclosure] },
  async ({ id, ...input }, { user }) => {
    const saved = await saveCatalogEntry(id ?? null, input, user);
    return saved ? success(id ? 'Đã lưu mục danh mục.' : 'Đã thêm mục danh mục.', { id: saved.id }) : failure(GONE);
  },
);

export const deleteCatalogEntryAction = defineAction(
  { permission: 'disclosure.manage', schema: z.object({ id: z.uuid(GONE) }), invalidMessage: GONE, invalidates: [cacheTags.disclosure] },
  async ({ id }, { user }) => ((await deleteCatalogEntry(id, user)) ? success('Đã xóa mục danh mục.') : failure(GONE)),
);
