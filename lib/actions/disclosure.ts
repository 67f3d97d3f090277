'use server';

import { z } from 'zod';
import { defineAction } from '@/lib/actions/define-action';
import { failure, success } from '@/lib/actions/action-result';
import { cacheTags } from '@/lib/data/cache-tags';
import { deleteCatalogEntry, deleteDisclosureItem, saveCatalogEntry, saveDisclosureItem } from '@/lib/data/staff/disclosure';
import { optionalRecordId } from '@/lib/validation/common';
import { catalogEntryInputSchema, disclosureInputSchema } from '@/lib/validation/disclosure';
import { recordActions } from './record-actions';

const GONE = 'Mục này không còn tồn tại.';

const items = recordActions({
  permission: 'disclosure.manage',
  noun: 'mục',
  invalidates: () => [cacheTags.disclosure],
  messages: { added: 'Đã thêm.', saved: 'Đã lưu.', deleted: 'Đã xóa.', gone: GONE },
});

/** Creates (no `id`) or updates a disclosure item (bidding notice, report…). */
export const saveDisclosureItemAction = items.save(disclosureInputSchema, { save: saveDisclosureItem }, 'item');
export const deleteDisclosureItemAction = items.remove(deleteDisclosureItem);

/** Creates (no `id`) or updates an entry of the catalog of information that must be published. */
export const saveCatalogEntryAction = defineAction(
  { permission: 'disclosure.manage', schema: catalogEntryInputSchema.extend({ id: optionalRecordId }), invalidates: [cacheTags.disclosure] },
  async ({ id, ...input }, { user }) => {
    const saved = await saveCatalogEntry(id, input, user);
    return saved ? success(id ? 'Đã lưu mục danh mục.' : 'Đã thêm mục danh mục.', { id: saved.id }) : failure(GONE);
  },
);

export const deleteCatalogEntryAction = defineAction(
  { permission: 'disclosure.manage', schema: z.object({ id: z.uuid(GONE) }), invalidMessage: GONE, invalidates: [cacheTags.disclosure] },
  async ({ id }, { user }) => ((await deleteCatalogEntry(id, user)) ? success('Đã xóa mục danh mục.') : failure(GONE)),
);
