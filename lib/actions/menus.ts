'use server';

import { cacheTags } from '@/lib/data/cache-tags';
import * as menus from '@/lib/data/staff/menus';
import { uuid } from '@/lib/validation/common';
import { menuItemSchema, menuItemUpdateSchema, menuReorderSchema } from '@/lib/validation/menus';
import { failure, success, type ActionResult } from './action-result';
import { defineAction } from './define-action';

// The header and footer menus (issue 18).

const MENU = { permission: 'menu.manage', invalidates: [cacheTags.menus], refresh: true } as const;
const GONE = 'Mục menu không còn tồn tại (có thể đã bị xóa).';

function written(result: menus.MenuWriteResult, done: string): ActionResult {
  if (result.ok) return success(done);
  switch (result.reason) {
    case 'too-deep':
      return failure('Menu chỉ có một cấp mục con.', { parentId: ['Chỉ chọn được mục cấp trên cùng làm mục cha.'] });
    case 'has-children':
      return failure('Mục này đang có mục con nên không thể trở thành mục con.', { parentId: ['Hãy chuyển các mục con của nó đi trước.'] });
    case 'parent-not-found':
      return failure('Mục cha không còn tồn tại trong menu này.', { parentId: ['Hãy chọn lại mục cha.'] });
    case 'page-not-found':
      return failure('Trang đã chọn không còn tồn tại.', { pageId: ['Hãy chọn lại trang.'] });
    case 'category-not-found':
      return failure('Chuyên mục đã chọn không còn tồn tại.', { categoryId: ['Hãy chọn lại chuyên mục.'] });
    case 'not-found':
      return failure(GONE);
  }
}

export const createMenuItemAction = defineAction({ ...MENU, schema: menuItemSchema }, async (input, { user }) =>
  written(await menus.createMenuItem(input, user), `Đã thêm mục “${input.label}”.`),
);

export const updateMenuItemAction = defineAction({ ...MENU, schema: menuItemUpdateSchema }, async ({ id, ...input }, { user }) =>
  written(await menus.updateMenuItem(id, input, user), `Đã lưu mục “${input.label}”.`),
);

export const deleteMenuItemAction = defineAction({ ...MENU, schema: uuid, invalidMessage: GONE }, async (id, { user }) =>
  written(await menus.deleteMenuItem(id, user), 'Đã xóa mục menu.'),
);

export const reorderMenuItemsAction = defineAction(
  { ...MENU, schema: menuReorderSchema, invalidMessage: 'Yêu cầu không hợp lệ.' },
  async ({ menu, parentId, ids }, { user }) =>
    (await menus.reorderMenuItems(menu, parentId, ids, user))
      ? success('Đã lưu thứ tự mới.')
      : failure('Menu đã thay đổi ở nơi khác. Hãy tải lại trang rồi sắp xếp lại.'),
);
