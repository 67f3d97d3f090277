'use client';

import Link from 'next/link';
import { useActionState, useEffect, useState } from 'react';
import { useRouter } from 'next/navigation';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { Button } from '@/components/ui/button';
import { useToast } from '@/components/ui/toast';
import { purgeArticlesAction, restoreArticlesAction, trashArticlesAction } from '@/lib/actions/articles';
import type { ActionResult } from '@/lib/actions/action-result';
import { STATUS_LABELS, type ArticleStatusValue } from '@/lib/validation/article';

export interface ArticleTableRow {
  id: string;
  title: string;
  status: ArticleStatusValue;
  author: string;
  category: string | null;
  date: string;
}

type BulkAction = (previous: unknown, formData: FormData) => Promise<ActionResult>;

function useBulk(action: BulkAction) {
  const toast = useToast();
  const router = useRouter();
  return useActionState(async (previous: ActionResult | null, formData: FormData) => {
    const result = await action(previous, formData);
    if (result.ok) {
      toast.success(result.message);
      router.refresh();
    } else toast.error(result.message);
    return result;
  }, null);
}

// The article list with row checkboxes and bulk actions (trash in the list; restore and purge
// in the trash view).
export function ArticleBulkTable({
  rows,
  mode,
  canTrash,
  canPurge,
}: {
  rows: ArticleTableRow[];
  mode: 'list' | 'trash';
  canTrash: boolean;
  canPurge: boolean;
}) {
  const [selected, setSelected] = useState<string[]>([]);
  const [, trash, trashing] = useBulk(trashArticlesAction);
  const [, restore, restoring] = useBulk(restoreArticlesAction);
  const [, purge, purging] = useBulk(purgeArticlesAction);
  const ids = rows.map((row) => row.id).join(',');
  // eslint-disable-next-line react-hooks/set-state-in-effect -- a new page of rows starts unselected
  useEffect(() => setSelected([]), [ids]);
  const allSelected = rows.length > 0 && selected.length === rows.length;
  const selectable = mode === 'trash' || canTrash;

  return (
    <form>
      {selected.map((id) => (
        <input key={id} type="hidden" name="ids" value={id} />
      ))}
      {selectable && (
        <div className="mb-2 flex flex-wrap items-center gap-2">
          <span className="text-sm text-slate-600">Đã chọn {selected.length}</span>
          {mode === 'list' && (
            <ConfirmButton
              size="sm"
              formAction={trash}
              pending={trashing}
              disabled={selected.length === 0}
              confirmMessage={`Chuyển ${selected.length} bài viết vào thùng rác?`}
            >
              Chuyển vào thùng rác
            </ConfirmButton>
          )}
          {mode === 'trash' && (
            <>
              <Button type="submit" size="sm" variant="secondary" formAction={restore} pending={restoring} disabled={selected.length === 0}>
                Khôi phục
              </Button>
              {canPurge && (
                <ConfirmButton
                  size="sm"
                  formAction={purge}
                  pending={purging}
                  disabled={selected.length === 0}
                  confirmMessage={`Xoá vĩnh viễn ${selected.length} bài viết? Không thể hoàn tác.`}
                >
                  Xoá vĩnh viễn
                </ConfirmButton>
              )}
            </>
          )}
        </div>
      )}
      <div className="overflow-x-auto rounded border border-slate-200 bg-white">
        <table className="w-full text-left text-sm">
          <thead className="bg-slate-100">
            <tr>
              {selectable && (
                <th scope="col" className="w-10 p-2">
                  <input
                    type="checkbox"
                    aria-label="Chọn tất cả"
                    checked={allSelected}
                    onChange={() => setSelected(allSelected ? [] : rows.map((row) => row.id))}
                  />
                </th>
              )}
              <th scope="col" className="p-2">
                Tiêu đề
              </th>
              <th scope="col" className="p-2">
                Trạng thái
              </th>
              <th scope="col" className="p-2">
                Chuyên mục
              </th>
              <th scope="col" className="p-2">
                Tác giả
              </th>
              <th scope="col" className="p-2">
                {mode === 'trash' ? 'Xoá lúc' : 'Cập nhật'}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 && (
              <tr>
                <td colSpan={6} className="p-4 text-center text-slate-600">
                  Không có bài viết nào.
                </td>
              </tr>
            )}
            {rows.map((row) => (
              <tr key={row.id} className="border-t border-slate-200">
                {selectable && (
                  <td className="p-2">
                    <input
                      type="checkbox"
                      aria-label={`Chọn “${row.title}”`}
                      checked={selected.includes(row.id)}
                      onChange={(event) => setSelected((current) => (event.target.checked ? [...current, row.id] : current.filter((id) => id !== row.id)))}
                    />
                  </td>
                )}
                <td className="p-2 font-medium">
                  {mode === 'list' ? (
                    <Link href={`/quan-tri/tin-tuc/${row.id}`} className="text-brand-800 underline">
                      {row.title}
                    </Link>
                  ) : (
                    row.title
                  )}
                </td>
                <td className="p-2">{mode === 'trash' ? 'Đã xóa' : STATUS_LABELS[row.status]}</td>
                <td className="p-2">{row.category ?? '—'}</td>
                <td className="p-2">{row.author}</td>
                <td className="p-2 whitespace-nowrap">{row.date}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </form>
  );
}
