'use server';

import { cacheTags } from '@/lib/data/cache-tags';
import { articleChoices, createCluster, deleteCluster, updateCluster } from '@/lib/data/staff/clusters';
import { articleChoiceQuerySchema, clusterInputSchema } from '@/lib/validation/cluster';
import { success } from './action-result';
import { defineAction } from './define-action';
import { recordActions } from './record-actions';

const clusters = recordActions({ permission: 'cluster.manage', noun: 'cụm công nghiệp', invalidates: () => [cacheTags.clusters] });

/** Creates (no `id`) or updates a cluster, its photos and its related news. */
export const saveClusterAction = clusters.save(clusterInputSchema, { create: createCluster, update: updateCluster }, 'cluster');
export const deleteClusterAction = clusters.remove(deleteCluster);

/** Articles to link as related news, for the cluster form's picker (an odd query searches for nothing in particular). */
export const searchArticlesForClusterAction = defineAction({ permission: 'cluster.manage', schema: articleChoiceQuerySchema.catch('') }, async (query) =>
  success('', await articleChoices(query)),
);
