'use server';

import { requirePermission } from '@/lib/auth/current-user';
import { invalidatePublicContent } from '@/lib/cache/invalidate';
import { cacheTags } from '@/lib/data/cache-tags';
import { articleChoices, createCluster, deleteCluster, updateCluster } from '@/lib/data/staff/clusters';
import { articleChoiceQuerySchema, clusterInputSchema } from '@/lib/validation/cluster';
import { mediaIdSchema, type FormState } from '@/lib/validation/media';
import { fieldErrors, formValues } from './form-values';
import { asForm } from './form-input';

const FIELDS = [
  'id', 'name', 'slug', 'communeId', 'district', 'commune', 'plannedAreaHa', 'leasedAreaHa', 'status', 'power', 'water', 'wastewater', 'roads', 'industries',
  'developer', 'contact', 'landPriceMin', 'landPriceMax', 'latitude', 'longitude', 'description', 'photoIds', 'articleIds', 'published',
] as const;

/** Creates (no `id`) or updates a cluster, its photos and its related news. */
export async function saveClusterAction(_previous: FormState, submitted: FormData): Promise<FormState> {
  const formData = asForm(submitted);
  const user = await requirePermission('cluster.manage');
  const values = formValues(formData, FIELDS);
  const parsed = clusterInputSchema.safeParse(values);
  if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error), values, at: Date.now() };
  const id = values.id?.trim();
  const result = id ? await updateCluster(id, parsed.data, user) : await createCluster(parsed.data, user);
  if (!result.ok) {
    if (result.reason === 'notFound') return { ok: false, message: 'Cụm công nghiệp không còn tồn tại.', values, at: Date.now() };
    return { ok: false, errors: result.errors, values, at: Date.now() };
  }
  invalidatePublicContent([cacheTags.clusters]);
  return { ok: true, message: id ? 'Đã lưu cụm công nghiệp.' : 'Đã thêm cụm công nghiệp.', values: { id: result.cluster.id }, at: Date.now() };
}

export async function deleteClusterAction(_previous: FormState, submitted: FormData): Promise<FormState> {
  const formData = asForm(submitted);
  const user = await requirePermission('cluster.manage');
  const id = mediaIdSchema.safeParse(formData.get('id'));
  if (!id.success || !(await deleteCluster(id.data, user))) return { ok: false, message: 'Cụm công nghiệp không còn tồn tại.', at: Date.now() };
  invalidatePublicContent([cacheTags.clusters]);
  return { ok: true, message: 'Đã xóa cụm công nghiệp.', at: Date.now() };
}

/** Articles to link as related news, for the cluster form's picker. */
export async function searchArticlesForClusterAction(query: unknown): Promise<{ id: string; title: string }[]> {
  await requirePermission('cluster.manage');
  const parsed = articleChoiceQuerySchema.safeParse(query);
  return articleChoices(parsed.success ? parsed.data : '');
}
