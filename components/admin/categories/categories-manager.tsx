'use client';

import { OrderedCollectionManager } from '@/components/admin/ordered-collection-manager';
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
  return (
    <OrderedCollectionManager
      items={categories}
      idBase="danh-muc"
      addHeading="Thêm danh mục"
      emptyText="Chưa có danh mục nào."
      orderLabel="Thứ tự danh mục"
      noun="danh mục"
      reorder={reorderCategoriesAction}
      remove={deleteCategoryAction}
      renderForm={(category, onDone) => <CategoryForm category={category} onDone={onDone} />}
      renderSummary={(category) => (
        <>
          <p className="font-medium">{category.name}</p>
          <p className="text-sm text-slate-600">
            /{category.slug} · {category.articleCount} bài viết
          </p>
        </>
      )}
    />
  );
}
