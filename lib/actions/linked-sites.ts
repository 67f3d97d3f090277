'use server';

import { cacheTags } from '@/lib/data/cache-tags';
import * as linkedSites from '@/lib/data/staff/linked-sites';
import { uuid } from '@/lib/validation/common';
import { linkedSiteSchema, linkedSiteUpdateSchema, linkedSiteOrderSchema, toggleSchema } from '@/lib/validation/linked-sites';
import { failure, success } from './action-result';
import { defineAction } from './define-action';

const GONE = 'Website liên kết không còn tồn tại (có thể đã bị xóa).';
// Each action: permission → zod → DAL (which audits) → the public sidebar's cache tag.
const LINKED_SITE = { permission: 'linkedSite.manage', invalidates: [cacheTags.linkedSites], refresh: true } as const;
const FIELDS = ['id', 'name', 'url'] as const;

export const createLinkedSiteAction = defineAction({ ...LINKED_SITE, schema: linkedSiteSchema, echo: FIELDS }, async (input, { user }) => {
  await linkedSites.createLinkedSite(input, user);
  return success(`Đã thêm “${input.name}”.`);
});

export const updateLinkedSiteAction = defineAction({ ...LINKED_SITE, schema: linkedSiteUpdateSchema, echo: FIELDS }, async ({ id, ...input }, { user }) =>
  (await linkedSites.updateLinkedSite(id, input, user)) ? success(`Đã lưu “${input.name}”.`) : failure(GONE),
);

export const deleteLinkedSiteAction = defineAction({ ...LINKED_SITE, schema: uuid, invalidMessage: GONE }, async (id, { user }) =>
  (await linkedSites.deleteLinkedSite(id, user)) ? success('Đã xóa website liên kết.') : failure(GONE),
);

export const setLinkedSiteActiveAction = defineAction(
  { ...LINKED_SITE, schema: toggleSchema, invalidMessage: 'Yêu cầu không hợp lệ.' },
  async ({ id, active }, { user }) => {
    if (!(await linkedSites.setLinkedSiteActive(id, active, user))) return failure(GONE);
    return success(active ? 'Đã bật hiển thị website.' : 'Đã ẩn website khỏi trang công khai.');
  },
);

export const reorderLinkedSitesAction = defineAction(
  { ...LINKED_SITE, schema: linkedSiteOrderSchema, invalidMessage: 'Yêu cầu không hợp lệ.' },
  async ({ ids }, { user }) =>
    (await linkedSites.reorderLinkedSites(ids, user))
      ? success('Đã lưu thứ tự mới.')
      : failure('Danh sách đã thay đổi ở nơi khác. Hãy tải lại trang rồi sắp xếp lại.'),
);
