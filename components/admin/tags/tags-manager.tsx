'use client';

import { useState } from 'react';
import { useActionCall, useActionForm } from '@/components/admin/use-action-form';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { deleteTagAction, renameTagAction } from '@/lib/actions/tags';
import { tagRenameSchema } from '@/lib/validation/tags';

interface TagRow {
  id: string;
  name: string;
  slug: string;
  articleCount: number;
}

/** Every tag: rename (the old address redirects) or delete. Tags are created in the article form. */
export function TagsManager({ tags }: { tags: TagRow[] }) {
  const [editing, setEditing] = useState<string | null>(null);
  const { run, pending } = useActionCall();
  if (tags.length === 0) return <p className="text-slate-600">Chưa có thẻ nào. Thẻ được tạo khi gõ vào ô “Thẻ” trong trang sửa bài.</p>;
  return (
    <ul aria-label="Danh sách thẻ" className="divide-y divide-slate-200 rounded border border-slate-200 bg-white">
      {tags.map((tag) => (
        <li key={tag.id} className="px-3 py-2">
          {editing === tag.id ? (
            <RenameForm tag={tag} onDone={() => setEditing(null)} />
          ) : (
            <div className="flex flex-wrap items-center gap-2">
              <div className="min-w-0 flex-1">
                <p className="font-medium">{tag.name}</p>
                <p className="text-sm text-slate-600">
                  <a href={`/tin-tuc/the/${tag.slug}`} className="underline">
                    /tin-tuc/the/{tag.slug}
                  </a>{' '}
                  · {tag.articleCount} bài viết
                </p>
              </div>
              <Button size="sm" variant="secondary" onClick={() => setEditing(tag.id)} aria-label={`Sửa thẻ “${tag.name}”`}>
                Sửa
              </Button>
              <Button
                size="sm"
                variant="danger"
                disabled={pending}
                onClick={() => {
                  if (window.confirm(`Xóa thẻ “${tag.name}” khỏi ${tag.articleCount} bài viết? Không thể hoàn tác.`)) run(() => deleteTagAction(tag.id));
                }}
                aria-label={`Xóa thẻ “${tag.name}”`}
              >
                Xóa
              </Button>
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}

function RenameForm({ tag, onDone }: { tag: TagRow; onDone: () => void }) {
  const { errors, onSubmit, pending, formRef, formKey, values } = useActionForm(renameTagAction, { schema: tagRenameSchema, onSuccess: onDone });
  return (
    <form key={formKey} ref={formRef} onSubmit={onSubmit} noValidate className="grid gap-3 md:grid-cols-2">
      <input type="hidden" name="id" value={tag.id} />
      <FormField label="Tên thẻ" name="name" required maxLength={60} defaultValue={values?.name ?? tag.name} errors={errors?.name} />
      <FormField
        label="Đường dẫn"
        name="slug"
        maxLength={60}
        defaultValue={values?.slug ?? tag.slug}
        errors={errors?.slug}
        hint="Để trống để tạo từ tên. Địa chỉ cũ được chuyển hướng sang địa chỉ mới."
      />
      <div className="flex gap-2 md:col-span-2">
        <Button type="submit" pending={pending}>
          Lưu
        </Button>
        <Button variant="secondary" onClick={onDone}>
          Hủy
        </Button>
      </div>
    </form>
  );
}
