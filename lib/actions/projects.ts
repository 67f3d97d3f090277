'use server';

import { cacheTags } from '@/lib/data/cache-tags';
import { deleteProject, saveProject } from '@/lib/data/staff/projects';
import { projectInputSchema } from '@/lib/validation/project';
import { recordActions } from './record-actions';

// Plans and projects ("Kế hoạch, dự án"): the messages name no noun, the list heading does.
const messages = { added: 'Đã thêm.', saved: 'Đã lưu.', deleted: 'Đã xóa.', gone: 'Mục này không còn tồn tại.' };
const projects = recordActions({ permission: 'project.manage', noun: 'dự án', invalidates: () => [cacheTags.projects], messages });

export const saveProjectAction = projects.save(projectInputSchema, { save: saveProject }, 'project');
export const deleteProjectAction = projects.remove(deleteProject);
