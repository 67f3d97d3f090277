import 'server-only';
import { z } from 'zod';
import type { SessionUser } from '@/lib/auth/current-user';
import type { Permission } from '@/lib/auth/permissions';
import { displayOrderSchema, optionalRecordId, recordIdSchema, recordPublishedSchema } from '@/lib/validation/common';
import { failure, INVALID_FIELDS_MESSAGE, success, type ActionResult } from './action-result';
import { defineAction, type ServerAction } from './define-action';

// The four actions of an admin list of records (videos, maps, clusters, projects, officials,
// legal documents): save (create or update by the form's `id`), delete, publish/hide and
// reorder. Each is a defineAction, so it declares its permission and invalidation; what differs
// per entity is the DAL call and the Vietnamese messages.

/** What a staff DAL write answers when it did not save: the row is gone, or fields it refused (a taken slug…). */
export type RecordWriteRefusal = { ok: false; reason: 'notFound' } | { ok: false; reason: 'invalid'; errors: Record<string, string[]> };

interface RecordActionBase {
  permission: Permission;
  /** Cache tags the change expires; a function of the record's id for per-record tags. */
  invalidates: (id: string) => readonly string[];
  /** "Video không còn tồn tại." */
  gone: string;
}

export function defineSaveRecordAction<Schema extends z.ZodType, Saved extends { ok: true }>(
  definition: RecordActionBase & { schema: Schema; added: string; saved: string },
  write: (id: string | null, input: z.output<Schema>, user: SessionUser) => Promise<Saved | RecordWriteRefusal>,
  idOf: (saved: NoInfer<Saved>) => string,
): ServerAction<{ id: string }> {
  const schema = z.intersection(definition.schema, z.object({ id: optionalRecordId }));
  return defineAction(
    { permission: definition.permission, schema, invalidates: (_input, data) => (data ? definition.invalidates(data.id) : []) },
    async (input, { user }) => {
      const { id, ...fields } = input as { id: string | null };
      const result = await write(id, fields as z.output<Schema>, user);
      if (!result.ok) return refusal(result, definition.gone);
      return success(id ? definition.saved : definition.added, { id: idOf(result) });
    },
  );
}

export function refusal<Data>(result: RecordWriteRefusal, gone: string): ActionResult<Data> {
  return result.reason === 'notFound' ? failure(gone) : failure(INVALID_FIELDS_MESSAGE, result.errors);
}

export function defineDeleteRecordAction(definition: RecordActionBase & { deleted: string }, remove: (id: string, user: SessionUser) => Promise<boolean>): ServerAction<undefined> {
  return defineAction(
    { permission: definition.permission, schema: recordIdSchema, invalidMessage: definition.gone, invalidates: (input) => definition.invalidates(input.id) },
    async ({ id }, { user }) => ((await remove(id, user)) ? success(definition.deleted) : failure(definition.gone)),
  );
}

export function definePublishRecordAction(
  definition: RecordActionBase & { published: string; hidden: string },
  setPublished: (id: string, published: boolean, user: SessionUser) => Promise<boolean>,
): ServerAction<undefined> {
  return defineAction(
    { permission: definition.permission, schema: recordPublishedSchema, invalidMessage: definition.gone, invalidates: (input) => definition.invalidates(input.id) },
    async ({ id, published }, { user }) => ((await setPublished(id, published, user)) ? success(published ? definition.published : definition.hidden) : failure(definition.gone)),
  );
}

const ORDER_CHANGED = 'Danh sách đã thay đổi, hãy tải lại trang rồi sắp xếp lại.';

/** Sets the public order; the input lists every record once, first shown first. */
export function defineReorderRecordsAction(
  definition: Omit<RecordActionBase, 'gone' | 'invalidates'> & { invalidates: readonly string[] },
  reorder: (ids: readonly string[], user: SessionUser) => Promise<boolean>,
): ServerAction<undefined> {
  return defineAction(
    { permission: definition.permission, schema: displayOrderSchema, invalidMessage: ORDER_CHANGED, invalidates: definition.invalidates },
    async (ids, { user }) => ((await reorder(ids, user)) ? success('Đã lưu thứ tự.') : failure(ORDER_CHANGED)),
  );
}
