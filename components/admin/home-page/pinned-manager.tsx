'use client';

import { useId } from 'react';
import { OrderedCollectionManager } from '@/components/admin/ordered-collection-manager';
import { useActionForm } from '@/components/admin/use-action-form';
import { FormField } from '@/components/ui/form-field';
import { pinArticleAction, reorderFeaturedAction, unpinArticleAction } from '@/lib/actions/newsroom-home';
import { InlineFormButtons } from '@/components/admin/inline-form-buttons';

export interface PinnedRow {
  id: string;
  name: string;
  articleId: string;
  slug: string;
  statusLabel: string;
  /** "dd/mm/yyyy hh:mm" or ''. */
  endsAt: string;
}

/** "Tin nổi bật": the pinned articles in the order they lead the home page. */
export function PinnedManager({ items, candidates }: { items: PinnedRow[]; candidates: { id: string; title: string }[] }) {
  return (
    <OrderedCollectionManager
      items={items}
      idBase="tin-noi-bat"
      addHeading="Ghim bài vào Tin nổi bật"
      emptyText="Chưa ghim bài nào: trang chủ đang đưa bài mới nhất lên đầu."
      orderLabel="Thứ tự Tin nổi bật"
      noun="bài ghim"
      reorder={reorderFeaturedAction}
      remove={unpinArticleAction}
      renderForm={(item, onDone) => <PinForm item={item} candidates={candidates} onDone={onDone} />}
      renderSummary={(item) => (
        <>
          <p className="font-medium">{item.name}</p>
          <p className="text-sm text-slate-600">
            {item.statusLabel}
            {item.endsAt ? ` · đến ${item.endsAt}` : ' · không hẹn ngày bỏ ghim'}
          </p>
        </>
      )}
    />
  );
}

function PinForm({ item, candidates, onDone }: { item?: PinnedRow; candidates: { id: string; title: string }[]; onDone?: () => void }) {
  const uid = useId();
  const { errors, onSubmit, pending, formRef, formKey, values } = useActionForm(pinArticleAction, { onSuccess: item ? onDone : undefined, refresh: true });
  return (
    <form key={formKey} ref={formRef} onSubmit={onSubmit} noValidate className="grid gap-3 md:grid-cols-2">
      {item ? (
        <input type="hidden" name="articleId" value={item.articleId} />
      ) : (
        <div>
          <label htmlFor={`${uid}-article`} className="block text-sm font-semibold text-slate-800">
            Bài viết
          </label>
          <select
            id={`${uid}-article`}
            name="articleId"
            defaultValue={values?.articleId ?? ''}
            aria-invalid={errors?.articleId ? true : undefined}
            className="mt-1 block w-full rounded border border-slate-300 bg-white px-3 py-2"
          >
            <option value="">— Chọn bài đã xuất bản —</option>
            {candidates.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {candidate.title}
              </option>
            ))}
          </select>
          {errors?.articleId && <p className="mt-1 text-sm font-medium text-red-700">{errors.articleId[0]}</p>}
        </div>
      )}
      <FormField
        key={`e-${values?.endsAt ?? item?.endsAt ?? ''}`}
        label="Bỏ ghim lúc"
        name="endsAt"
        defaultValue={values?.endsAt ?? item?.endsAt ?? ''}
        errors={errors?.endsAt}
        hint="dd/mm/yyyy hh:mm (giờ Việt Nam); để trống nếu ghim đến khi bỏ ghim."
      />
      <InlineFormButtons editing={Boolean(item)} addLabel="Ghim bài" pending={pending} onCancel={onDone} />
    </form>
  );
}
