'use server';

import * as imports from '@/lib/data/staff/wordpress-import';
import { recordIdSchema } from '@/lib/validation/common';
import { wordpressImportSchema } from '@/lib/validation/redirects';
import { failure, success, type ActionResult } from './action-result';
import { defineAction } from './define-action';

// The admin's WordPress import (upload of a WXR file) and its undo. Images come from the old host
// when it still answers (the command line also reads a copy of wp-content/uploads).

interface Invalidation {
  tags: string[];
}

export const importWordpressAction = defineAction<typeof wordpressImportSchema, Invalidation & { runId: string }, 'import.wordpress'>(
  {
    permission: 'import.wordpress',
    schema: wordpressImportSchema,
    echo: [],
    invalidMessage: (errors) => errors.file?.[0] ?? 'Hãy chọn tệp XML xuất từ WordPress.',
    invalidates: (_input, data) => data?.tags ?? [],
    refresh: true,
  },
  async ({ file }, { user }): Promise<ActionResult<Invalidation & { runId: string }>> => {
    const result = await imports.importWordpress(await file.text(), user, { fileName: file.name, fetchRemote: true, fetchTimeoutMs: 8000 });
    if (!result.ok) return failure(`Không nhập được: ${result.message}`);
    const { created, unchanged, missingMedia } = result.report;
    const parts = [`${created.posts} bài viết`, `${created.pages} trang`, `${created.media} ảnh`, `${created.redirects} chuyển hướng`];
    const notes = [unchanged ? `${unchanged} mục đã có từ lần nhập trước` : '', missingMedia.length ? `${missingMedia.length} ảnh không lấy được` : ''].filter(
      Boolean,
    );
    return success(`Đã nhập ${parts.join(', ')}${notes.length ? ` (${notes.join('; ')})` : ''}.`, { runId: result.runId, tags: result.tags });
  },
);

export const undoImportAction = defineAction<typeof recordIdSchema, Invalidation, 'import.wordpress'>(
  {
    permission: 'import.wordpress',
    schema: recordIdSchema,
    invalidMessage: 'Lần nhập không còn tồn tại.',
    invalidates: (_input, data) => data?.tags ?? [],
    refresh: true,
  },
  async ({ id }, { user }): Promise<ActionResult<Invalidation>> => {
    const result = await imports.undoImportRun(id, user);
    if (!result.ok) return failure(result.reason === 'already-undone' ? 'Lần nhập này đã được hoàn tác.' : 'Lần nhập không còn tồn tại.');
    const kept = result.kept.length ? ` Giữ lại: ${result.kept.join('; ')}.` : '';
    return success(`Đã hoàn tác: gỡ ${result.removed.posts ?? 0} bài viết, ${result.removed.pages ?? 0} trang, ${result.removed.media ?? 0} ảnh.${kept}`, {
      tags: result.tags,
    });
  },
);
