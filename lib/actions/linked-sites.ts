'use server';

import { refresh } from 'next/cache';
import { invalidatePublicContent } from '@/lib/cache/invalidate';
import { requirePermission } from '@/lib/auth/current-user';
import { cacheTags } from '@/lib/data/cache-tags';
import * as linkedSites from '@/lib/data/staff/linked-sites';
import { type ActionState, failure, formValues, invalid, success } from '@/lib/validation/action-state';
import { uuid } from '@/lib/validation/common';
import { linkedSiteSchema, linkedSiteUpdateSchema, reorderSchema, toggleSchema } from '@/lib/validation/linked-sites';
import { asForm } from './form-input';

const FIELDS = ['id', 'name', 'url'] as const;
const GONE = 'Website liên kết không còn tồn tại (có thể đã bị xóa).';

// Each action: permission → zod → DAL (which audits) → the public sidebar's cache tag.

export async function createLinkedSiteAction(_prev: ActionState | null, submitted: FormData): Promise<ActionState> {
  const formData = asForm(submitted);
  const user = await requirePermission('linkedSite.manage');
  const values = formValues(formData, FIELDS);
  const parsed = linkedSiteSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error, values);
  await linkedSites.createLinkedSite(parsed.data, user);
  invalidatePublicContent([cacheTags.linkedSites]);
  refresh();
  return success(`Đã thêm “${parsed.data.name}”.`);
}

export async function updateLinkedSiteAction(_prev: ActionState | null, submitted: FormData): Promise<ActionState> {
  const formData = asForm(submitted);
  const user = await requirePermission('linkedSite.manage');
  const values = formValues(formData, FIELDS);
  const parsed = linkedSiteUpdateSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error, values);
  const { id, ...input } = parsed.data;
  if (!(await linkedSites.updateLinkedSite(id, input, user))) return failure(GONE, undefined, values);
  invalidatePublicContent([cacheTags.linkedSites]);
  refresh();
  return success(`Đã lưu “${input.name}”.`);
}

export async function deleteLinkedSiteAction(id: unknown): Promise<ActionState> {
  const user = await requirePermission('linkedSite.manage');
  const parsed = uuid.safeParse(id);
  if (!parsed.success) return failure(GONE);
  if (!(await linkedSites.deleteLinkedSite(parsed.data, user))) return failure(GONE);
  invalidatePublicContent([cacheTags.linkedSites]);
  refresh();
  return success('Đã xóa website liên kết.');
}

export async function setLinkedSiteActiveAction(input: unknown): Promise<ActionState> {
  const user = await requirePermission('linkedSite.manage');
  const parsed = toggleSchema.safeParse(input);
  if (!parsed.success) return failure('Yêu cầu không hợp lệ.');
  if (!(await linkedSites.setLinkedSiteActive(parsed.data.id, parsed.data.active, user))) return failure(GONE);
  invalidatePublicContent([cacheTags.linkedSites]);
  refresh();
  return success(parsed.data.active ? 'Đã bật hiển thị website.' : 'Đã ẩn website khỏi trang công khai.');
}

export async function reorderLinkedSitesAction(input: unknown): Promise<ActionState> {
  const user = await requirePermission('linkedSite.manage');
  const parsed = reorderSchema.safeParse(input);
  if (!parsed.success) return failure('Yêu cầu không hợp lệ.');
  if (!(await linkedSites.reorderLinkedSites(parsed.data.ids, user))) {
    return failure('Danh sách đã thay đổi ở nơi khác. Hãy tải lại trang rồi sắp xếp lại.');
  }
  invalidatePublicContent([cacheTags.linkedSites]);
  refresh();
  return success('Đã lưu thứ tự mới.');
}
