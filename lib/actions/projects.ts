'use server';

import { cacheTags } from '@/lib/data/cache-tags';
import { deleteProject, saveProject } from '@/lib/data/staff/projects';
import { projectInputSchema } from '@/lib/validation/project';
import { defineDeleteRecordAction, defineSaveRecordAction } from './record-actions';

const PROJECT = { permission: 'project.manage', invalidates: () => [cacheTags.projects], gone: 'Mục này không còn tồn tại.' } as const;

export const saveProjectAction = defineSaveRecordAction({ ...PROJECT, schema: projectInputSchema, added: 'Đã thêm.', saved: 'Đã lưu.' }, saveProject, (saved) => saved.project.id);

export const deleteProjectAction = defineDeleteRecordAction({ ...PROJECT, deleted: 'Đã xóa.' }, deleteProject);
