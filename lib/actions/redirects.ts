'use server';

import { cacheTags } from '@/lib/data/cache-tags';
import * as redirects from '@/lib/data/staff/redirects';
import { recordIdSchema } from '@/lib/validation/common';
import { redirectSchema } from '@/lib/validation/redirects';
import { failure, success } from './action-result';
import { defineAction } from './define-action';

// Any change expires the proxy's copy of the redirect table (it follows the invalidation
// generation) and the page cache's stored 308/404 answers.
const REDIRECT = { permission: 'redirect.manage', invalidates: [cacheTags.redirects], refresh: true } as const;

export const createRedirectAction = defineAction({ ...REDIRECT, schema: redirectSchema, echo: ['fromPath', 'toPath'] }, async (input, { user }) => {
  const result = await redirects.createRedirect(input, user);
  if (result.ok) return success(`Đã thêm chuyển hướng ${input.fromPath} → ${input.toPath}.`);
  return failure('Địa chỉ cũ đã có chuyển hướng.', { fromPath: [`“${input.fromPath}” đã được chuyển hướng. Hãy xóa chuyển hướng cũ trước.`] });
});

export const deleteRedirectAction = defineAction(
  { ...REDIRECT, schema: recordIdSchema, invalidMessage: 'Chuyển hướng không còn tồn tại.' },
  async ({ id }, { user }) => ((await redirects.deleteRedirect(id, user)).ok ? success('Đã xóa chuyển hướng.') : failure('Chuyển hướng không còn tồn tại.')),
);
