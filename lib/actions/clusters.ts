'use server';

import { cacheTags } from '@/lib/data/cache-tags';
import { articleChoices, createCluster, deleteCluster, updateCluster } from '@/lib/data/staff/clusters';
import { articleChoiceQuerySchema, clusterInputSchema } from '@/lib/validation/cluster';
import { success } from './action-result';
import { defineAction } from './define-action';
import { defineDeleteRecordAction, defineSaveRecordAction } from './record-actions';

const CLUSTER = { permission: 'cluster.manage', invalidates: () => [cacheTags.clusters], gone: 'Cụm công nghiệp không còn tồn tại.' } as const;

/** Creates (no `id`) or updates a cluster, its photos and its related news. */
export const saveClusterAction = defineSaveRecordAction(
  { ...CLUSTER, schema: clusterInputSchema, added: 'Đã thêm cụm công nghiệp.', saved: 'Đã lưu cụm công nghiệp.' },
  (id, input, user) => (id ? updateCluster(id, input, user) : createCluster(input, user)),
  (saved) => saved.cluster.id,
);

export const deleteClusterAction = defineDeleteRecordAction({ ...CLUSTER, deleted: 'Đã xóa cụm công nghiệp.' }, deleteCluster);

/** Articles to link as related news, for the cluster form's picker (any odd query searches for nothing in particular). */
export const searchArticlesForClusterAction = defineAction({ permission: 'cluster.manage', schema: articleChoiceQuerySchema.catch('') }, async (query) =>
  success('', await articleChoices(query)),
);
