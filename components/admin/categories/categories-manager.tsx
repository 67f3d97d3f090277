'use client';

import { useState, useTransition } from 'react';
import { SortableList } from '@/components/admin/sortable-list';
import { Button } from '@/components/ui/button';
import { useToast } from '@/components/ui/toast';
import { deleteCategoryAction, reorderCategoriesAction } from '@/lib/actions/categories';
import { CategoryForm } from './category-form';

interface Category {
  id: string;
  name: string;
  slug: string;
  description: string;
  articleCount: number;
}

export function CategoriesManager({ categories }: { categories: Category[] }) {
  const toast = useToast();
  const [editing, setEditing] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  async function reorder(ids: string[]): Promise<boolean> {
    const result = await reorderCategoriesAction({ ids });
    if (result.ok) toast.success(result.message);
    else toast.error(result.message);
    return result.ok;
  }

  function remove(category: Category) {
    if (!window.confirm(`Xóa danh mục “${category.name}”? Không thể hoàn tác.`)) return;
    startTransition(async () => {
      const result = await deleteCategoryAction(category.id);
      if (result.ok) toast.success(result.message);
      else toast.error(result.message);
    });
  }

  return (
    <div className="space-y-6">
      <section aria-labelledby="them-danh-muc" className="rounded border border-slate-200 bg-white p-4">
        <h2 id="them-danh-muc" className="mb-3 font-semibold">
          Thêm danh mục
        </h2>
        <CategoryForm />
      </section>
      <section aria-labelledby="danh-sach-danh-muc">
        <h2 id="danh-sach-danh-muc" className="mb-3 font-semibold">
          Danh sách ({categories.length})
        </h2>
        {categories.length === 0 ? (
          <p className="text-slate-600">Chưa có danh mục nào.</p>
        ) : (
          <SortableList
            items={categories}
            label="Thứ tự danh mục"
            itemName={(category) => category.name}
            onReorder={reorder}
            renderItem={(category) =>
              editing === category.id ? (
                <CategoryForm category={category} onDone={() => setEditing(null)} />
              ) : (
                <div className="flex flex-wrap items-center gap-x-4 gap-y-1">
                  <div className="min-w-0 flex-1">
                    <p className="font-medium">{category.name}</p>
                    <p className="text-sm text-slate-600">
                      /{category.slug} · {category.articleCount} bài viết
                    </p>
                  </div>
                  <div className="flex gap-1">
                    <Button size="sm" variant="secondary" onClick={() => setEditing(category.id)} aria-label={`Sửa “${category.name}”`}>
                      Sửa
                    </Button>
                    <Button size="sm" variant="danger" disabled={pending} onClick={() => remove(category)} aria-label={`Xóa “${category.name}”`}>
                      Xóa
                    </Button>
                  </div>
                </div>
              )
            }
          />
        )}
      </section>
    </div>
  );
}
