'use client';

import { useId, useState } from 'react';
import { FormField } from '@/components/ui/form-field';
import { useActionForm } from '@/components/admin/use-action-form';
import { createMenuItemAction, updateMenuItemAction } from '@/lib/actions/menus';
import type { AdminMenuItem } from '@/lib/data/staff/menus';
import { menuItemSchema } from '@/lib/validation/menus';
import { InlineFormButtons } from '@/components/admin/inline-form-buttons';

export interface MenuChoices {
  pages: { id: string; title: string }[];
  categories: { id: string; name: string }[];
}

const KIND_LABELS = { SECTION: 'Mục của cổng (đường dẫn)', PAGE: 'Trang tĩnh', CATEGORY: 'Chuyên mục tin', URL: 'Địa chỉ bên ngoài' } as const;
type Kind = keyof typeof KIND_LABELS;
const SELECT = 'mt-1 block w-full rounded border border-slate-300 bg-white px-3 py-2';

/** Adds or edits one menu item: its label, what it points to, and its parent (one level). */
export function MenuItemForm({
  menu,
  item,
  parents,
  choices,
  onDone,
}: {
  menu: 'HEADER' | 'FOOTER';
  item?: AdminMenuItem;
  /** Top-level items that may take this one as a child. */
  parents: { id: string; label: string }[];
  choices: MenuChoices;
  onDone?: () => void;
}) {
  const uid = useId();
  const { errors, onSubmit, pending, formRef, formKey, values } = useActionForm(item ? updateMenuItemAction : createMenuItemAction, {
    schema: menuItemSchema,
    onSuccess: item ? onDone : undefined,
  });
  const [kind, setKind] = useState<Kind>((values?.kind as Kind | undefined) ?? item?.kind ?? 'SECTION');
  const initial = (field: 'label' | 'target' | 'parentId' | 'pageId' | 'categoryId') => values?.[field] ?? item?.[field] ?? '';
  return (
    <form key={formKey} ref={formRef} onSubmit={onSubmit} noValidate className="grid gap-3 md:grid-cols-2">
      {item ? <input type="hidden" name="id" value={item.id} /> : null}
      <input type="hidden" name="menu" value={menu} />
      <FormField key={`l-${initial('label')}`} label="Tên mục" name="label" required maxLength={80} defaultValue={initial('label')} errors={errors?.label} />
      <div>
        <label htmlFor={`${uid}-kind`} className="block text-sm font-semibold text-slate-800">
          Liên kết tới
        </label>
        <select id={`${uid}-kind`} name="kind" value={kind} onChange={(event) => setKind(event.target.value as Kind)} className={SELECT}>
          {(Object.keys(KIND_LABELS) as Kind[]).map((value) => (
            <option key={value} value={value}>
              {KIND_LABELS[value]}
            </option>
          ))}
        </select>
      </div>
      {kind === 'PAGE' && (
        <Choice
          id={`${uid}-page`}
          label="Trang"
          name="pageId"
          initial={initial('pageId')}
          error={errors?.pageId?.[0]}
          options={choices.pages.map((page) => ({ id: page.id, label: page.title }))}
        />
      )}
      {kind === 'CATEGORY' && (
        <Choice
          id={`${uid}-category`}
          label="Chuyên mục"
          name="categoryId"
          initial={initial('categoryId')}
          error={errors?.categoryId?.[0]}
          options={choices.categories.map((category) => ({ id: category.id, label: category.name }))}
        />
      )}
      {(kind === 'SECTION' || kind === 'URL') && (
        <FormField
          key={`t-${kind}-${initial('target')}`}
          label={kind === 'SECTION' ? 'Đường dẫn' : 'Địa chỉ'}
          name="target"
          required
          maxLength={2000}
          defaultValue={initial('target')}
          errors={errors?.target}
          hint={kind === 'SECTION' ? 'Ví dụ: /thu-vien-video. Một mục mới của cổng chỉ cần thêm ở đây.' : 'Ví dụ: https://ninhbinh.gov.vn'}
        />
      )}
      <Choice
        id={`${uid}-parent`}
        label="Mục cha"
        name="parentId"
        initial={initial('parentId')}
        error={errors?.parentId?.[0]}
        empty="— Không (mục cấp trên cùng) —"
        options={parents.filter((parent) => parent.id !== item?.id).map((parent) => ({ id: parent.id, label: parent.label }))}
      />
      <InlineFormButtons editing={Boolean(item)} addLabel="Thêm mục" pending={pending} onCancel={onDone} />
    </form>
  );
}

function Choice({
  id,
  label,
  name,
  initial,
  error,
  options,
  empty = '— Chọn —',
}: {
  id: string;
  label: string;
  name: string;
  initial: string;
  error?: string;
  options: { id: string; label: string }[];
  empty?: string;
}) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-semibold text-slate-800">
        {label}
      </label>
      <select
        id={id}
        name={name}
        defaultValue={initial}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className={SELECT}
      >
        <option value="">{empty}</option>
        {options.map((option) => (
          <option key={option.id} value={option.id}>
            {option.label}
          </option>
        ))}
      </select>
      {error && (
        <p id={`${id}-error`} className="mt-1 text-sm font-medium text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
