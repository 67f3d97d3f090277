import { beforeEach, describe, expect, it, vi } from 'vitest';
vi.mock('next-auth', () => import('@/test/next-auth-mock'));
import { z } from 'zod';
import { expectForbidden, expectUnauthorized, signedInAs, actAs } from '@/test/act-as';
import { formData as form } from '@/test/form-data';
import { invalidatedTags } from '@/test/next-cache-stub';
import { success } from './action-result';
import { actionDefinitionOf, decodeActionInput, defineAction } from './define-action';

const calls: unknown[] = [];
const schema = z.object({ title: z.string().trim().min(1, 'Vui lòng nhập tiêu đề.'), tags: z.array(z.string()).default([]) });
const renameThing = defineAction({ permission: 'video.manage', schema, invalidates: (input) => ['things', `thing:${input.title}`] }, async (input, { user }) => {
  calls.push({ input, role: user.role });
  return success('Đã lưu.', { title: input.title });
});

beforeEach(() => {
  calls.length = 0;
  invalidatedTags.length = 0;
});

describe('defineAction', () => {
  it('runs the handler for an allowed role with the parsed form, then expires the declared tags', async () => {
    await signedInAs('EDITOR');
    const result = await renameThing(null, form({ title: '  Cụm Gián Khẩu ' }));
    expect(result).toMatchObject({ ok: true, message: 'Đã lưu.', data: { title: 'Cụm Gián Khẩu' } });
    expect(calls).toEqual([{ input: { title: 'Cụm Gián Khẩu', tags: [] }, role: 'EDITOR' }]);
    expect(invalidatedTags).toEqual(expect.arrayContaining(['things', 'thing:Cụm Gián Khẩu']));
  });

  it('accepts a direct call with a plain object', async () => {
    await signedInAs('ADMIN');
    expect(await renameThing({ title: 'A', tags: ['x', 'y'] })).toMatchObject({ ok: true });
    expect(calls).toHaveLength(1);
  });

  it('gives Vietnamese field errors and the typed values back, without calling the handler or invalidating', async () => {
    await signedInAs('EDITOR');
    const result = await renameThing(null, form({ title: '   ' }));
    expect(result.ok).toBe(false);
    expect(result.errors?.title).toEqual(['Vui lòng nhập tiêu đề.']);
    expect(result.values).toEqual({ title: '   ' });
    expect(calls).toHaveLength(0);
    expect(invalidatedTags).toHaveLength(0);
  });

  it('refuses a role without the permission and anonymous callers before validating', async () => {
    await signedInAs('AUTHOR');
    await expectForbidden(renameThing(null, form({ title: 'x' })));
    await actAs(null);
    await expectUnauthorized(renameThing(null, form({ title: 'x' })));
    expect(calls).toHaveLength(0);
  });

  it('treats hostile argument shapes as an empty input', async () => {
    await signedInAs('EDITOR');
    expect((await renameThing('prev', 'not a form')).ok).toBe(false);
    expect((await renameThing()).ok).toBe(false);
    expect(calls).toHaveLength(0);
  });

  it('declares its permission for the access matrix', () => {
    expect(actionDefinitionOf(renameThing)?.permission).toBe('video.manage');
    expect(actionDefinitionOf(() => undefined)).toBeUndefined();
  });
});

describe('decodeActionInput', () => {
  it('turns repeated keys into arrays and skips React bookkeeping fields', () => {
    const data = new FormData();
    data.append('ids', 'a');
    data.append('ids', 'b');
    data.append('$ACTION_ID_abc', '');
    data.append('name', 'Ninh Bình');
    expect(decodeActionInput(null, data)).toEqual({ input: { ids: ['a', 'b'], name: 'Ninh Bình' }, values: { name: 'Ninh Bình' } });
  });
});
