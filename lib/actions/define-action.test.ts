import { beforeEach, describe, expect, it, vi } from 'vitest';
vi.mock('next-auth', () => import('@/test/next-auth-mock'));
import { z } from 'zod';
import { expectForbidden, expectUnauthorized, signedInAs, actAs } from '@/test/act-as';
import { formData as form } from '@/test/form-data';
import { invalidatedTags } from '@/test/next-cache-stub';
import { failure, success } from './action-result';
import { actionDefinitionOf, decodeActionInput, defineAction } from './define-action';

const calls: unknown[] = [];
const schema = z.object({ title: z.string().trim().min(1, 'Vui lòng nhập tiêu đề.'), tags: z.array(z.string()).default([]) });
const renameThing = defineAction(
  { permission: 'video.manage', schema, invalidates: (input) => ['things', `thing:${input.title}`] },
  async (input, { user }) => {
    calls.push({ input, role: user.role });
    return success('Đã lưu.', { title: input.title });
  },
);

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

describe('defineAction options', () => {
  const signUp = defineAction(
    {
      permission: 'public',
      schema: z.object({ email: z.email('Email không hợp lệ.'), password: z.string().min(10, 'Mật khẩu quá ngắn.') }),
      echo: ['email', 'password'],
      forget: ['password'],
    },
    async (input, { user }) => {
      calls.push({ input, user });
      return input.email.endsWith('@taken.vn')
        ? failure('Email đã được dùng.', { email: ['Email đã được dùng.'] }, { email: 'goi-y@example.vn' })
        : success('Đã đăng ký.');
    },
  );

  it("a 'public' action runs for anonymous callers, with no user", async () => {
    await actAs(null);
    expect(await signUp(null, form({ email: 'a@example.vn', password: 'mot-mat-khau-dai' }))).toMatchObject({ ok: true });
    expect(calls).toEqual([{ input: { email: 'a@example.vn', password: 'mot-mat-khau-dai' }, user: null }]);
    expect(actionDefinitionOf(signUp)?.permission).toBe('public');
  });

  it('hands back only the echoed fields, forgotten ones empty, and the handler’s own values over them', async () => {
    await actAs(null);
    const invalid = await signUp(null, form({ email: 'x', password: 'ngan', website: 'bot' }));
    expect(invalid.values).toEqual({ email: 'x', password: '' });
    const taken = await signUp(null, form({ email: 'b@taken.vn', password: 'mot-mat-khau-dai' }));
    expect(taken).toMatchObject({ ok: false, message: 'Email đã được dùng.', values: { email: 'goi-y@example.vn', password: '' } });
  });

  it('an action called without a form can answer its first field error as the message', async () => {
    await signedInAs('EDITOR');
    const pick = defineAction(
      { permission: 'video.manage', schema: z.object({ id: z.uuid('Mã không hợp lệ.') }), invalidMessage: (errors) => errors.id?.[0] ?? '?' },
      async () => success('Đã chọn.'),
    );
    expect(await pick({ id: 'x' })).toMatchObject({ ok: false, message: 'Mã không hợp lệ.', errors: { id: ['Mã không hợp lệ.'] } });
    expect(await pick({ id: crypto.randomUUID() })).toMatchObject({ ok: true, message: 'Đã chọn.' });
  });
});

describe('decodeActionInput', () => {
  it('turns repeated keys into arrays and skips React bookkeeping fields', () => {
    const data = new FormData();
    data.append('ids', 'a');
    data.append('ids', 'b');
    data.append('$ACTION_ID_abc', '');
    data.append('__proto__', new File(['x'], 'x.txt'));
    data.append('name', 'Ninh Bình');
    expect(decodeActionInput(null, data)).toEqual({ input: { ids: ['a', 'b'], name: 'Ninh Bình' }, values: { name: 'Ninh Bình' } });
  });
});
