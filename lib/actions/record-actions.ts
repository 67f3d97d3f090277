import 'server-only';
import { z } from 'zod';
import type { SessionUser } from '@/lib/auth/current-user';
import type { Permission } from '@/lib/auth/permissions';
import { displayOrderSchema, optionalRecordId, recordIdSchema, recordPublishedSchema } from '@/lib/validation/common';
import { failure, INVALID_FIELDS_MESSAGE, success, type ActionResult } from './action-result';
import { defineAction, type ServerAction } from './define-action';

// The actions of an admin list of records (videos, maps, clusters, projects, officials, legal
// documents): save (create or update by the form's `id`), delete, publish/hide and reorder. Each
// is a defineAction, so it declares its permission and invalidation; an entity file names only
// its DAL calls: `const videos = recordActions({ permission, noun: 'video', invalidates })`,
// then `export const deleteVideoAction = videos.remove(deleteVideo)`.

/** What a staff DAL write answers when it did not save: the row is gone, or fields it refused (a taken slug…). */
export type RecordWriteRefusal = { ok: false; reason: 'notFound' } | { ok: false; reason: 'invalid'; errors: Record<string, string[]> };

type Write<Saved> = Promise<Saved | RecordWriteRefusal>;
/** A DAL that writes one record: create + update, or one save taking the id (null to create). */
export type RecordWriter<Input, Saved> =
  | { create: (input: Input, user: SessionUser) => Write<Saved>; update: (id: string, input: Input, user: SessionUser) => Write<Saved> }
  | { save: (id: string | null, input: Input, user: SessionUser) => Write<Saved> };

export interface RecordMessages {
  added: string;
  saved: string;
  deleted: string;
  published: string;
  hidden: string;
  /** The record is no longer there (deleted meanwhile, or a forged id). */
  gone: string;
}

export interface RecordActionsConfig {
  permission: Permission;
  /** What the messages call one record, e.g. "bản đồ": "Đã lưu bản đồ.", "Bản đồ không còn tồn tại." */
  noun: string;
  /** Cache tags a change of the record expires. */
  invalidates: (id: string) => readonly string[];
  messages?: Partial<RecordMessages>;
}

const ORDER_CHANGED = 'Danh sách đã thay đổi, hãy tải lại trang rồi sắp xếp lại.';

export function refusal<Data>(result: RecordWriteRefusal, gone: string): ActionResult<Data> {
  return result.reason === 'notFound' ? failure(gone) : failure(INVALID_FIELDS_MESSAGE, result.errors);
}

export function recordActions(config: RecordActionsConfig) {
  const { permission, noun, invalidates } = config;
  const said: RecordMessages = {
    added: `Đã thêm ${noun}.`,
    saved: `Đã lưu ${noun}.`,
    deleted: `Đã xóa ${noun}.`,
    published: `Đã xuất bản ${noun}.`,
    hidden: `Đã ẩn ${noun}.`,
    gone: `${noun.charAt(0).toUpperCase()}${noun.slice(1)} không còn tồn tại.`,
    ...config.messages,
  };

  return {
    /** Creates (no `id` in the form) or updates; `key` names the saved row in the DAL's answer. */
    save<Schema extends z.ZodType, Key extends string, Saved extends { ok: true } & Record<Key, { id: string }>>(
      schema: Schema,
      writer: RecordWriter<z.output<Schema>, Saved>,
      key: Key,
    ): ServerAction<{ id: string }> {
      const withId = z.intersection(schema, z.object({ id: optionalRecordId }));
      return defineAction({ permission, schema: withId, invalidates: (_input, data) => (data ? invalidates(data.id) : []) }, async (input, { user }) => {
        const { id, ...fields } = input as { id: string | null };
        const values = fields as z.output<Schema>;
        const result = 'save' in writer ? await writer.save(id, values, user) : id ? await writer.update(id, values, user) : await writer.create(values, user);
        if (!result.ok) return refusal(result, said.gone);
        return success(id ? said.saved : said.added, { id: result[key].id });
      });
    },

    remove(remove: (id: string, user: SessionUser) => Promise<boolean>): ServerAction<undefined> {
      return defineAction(
        { permission, schema: recordIdSchema, invalidMessage: said.gone, invalidates: (input) => invalidates(input.id) },
        async ({ id }, { user }) => ((await remove(id, user)) ? success(said.deleted) : failure(said.gone)),
      );
    },

    publish(setPublished: (id: string, published: boolean, user: SessionUser) => Promise<boolean>): ServerAction<undefined> {
      return defineAction(
        { permission, schema: recordPublishedSchema, invalidMessage: said.gone, invalidates: (input) => invalidates(input.id) },
        async ({ id, published }, { user }) =>
          (await setPublished(id, published, user)) ? success(published ? said.published : said.hidden) : failure(said.gone),
      );
    },

    /** Sets the public order; the input lists every record once, first shown first. */
    reorder(reorder: (ids: readonly string[], user: SessionUser) => Promise<boolean>, tags: readonly string[]): ServerAction<undefined> {
      return defineAction({ permission, schema: displayOrderSchema, invalidMessage: ORDER_CHANGED, invalidates: tags }, async (ids, { user }) =>
        (await reorder(ids, user)) ? success('Đã lưu thứ tự.') : failure(ORDER_CHANGED),
      );
    },
  };
}
