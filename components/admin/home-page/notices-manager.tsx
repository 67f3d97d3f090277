'use client';

import { useState } from 'react';
import { useActionCall, useActionForm } from '@/components/admin/use-action-form';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { createNoticeAction, deleteNoticeAction, updateNoticeAction } from '@/lib/actions/newsroom-home';
import { InlineFormButtons } from '@/components/admin/inline-form-buttons';

export interface NoticeRow {
  id: string;
  text: string;
  url: string;
  /** "dd/mm/yyyy hh:mm". */
  startsAt: string;
  endsAt: string;
  state: string;
}

/** "Thông báo": short notices shown in a strip on the home page between their dates. */
export function NoticesManager({ notices }: { notices: NoticeRow[] }) {
  const [editing, setEditing] = useState<string | null>(null);
  const { run, pending } = useActionCall();
  return (
    <div className="space-y-4">
      <div className="rounded border border-slate-200 bg-white p-4">
        <h3 className="mb-3 font-semibold">Thêm thông báo</h3>
        <NoticeForm />
      </div>
      {notices.length === 0 ? (
        <p className="text-slate-600">Chưa có thông báo nào.</p>
      ) : (
        <ul aria-label="Danh sách thông báo" className="divide-y divide-slate-200 rounded border border-slate-200 bg-white">
          {notices.map((notice) => (
            <li key={notice.id} className="px-3 py-2">
              {editing === notice.id ? (
                <NoticeForm notice={notice} onDone={() => setEditing(null)} />
              ) : (
                <div className="flex flex-wrap items-center gap-2">
                  <div className="min-w-0 flex-1">
                    <p className="font-medium">{notice.text}</p>
                    <p className="text-sm text-slate-600">
                      {notice.state} · từ {notice.startsAt}
                      {notice.endsAt ? ` đến ${notice.endsAt}` : ''}
                    </p>
                  </div>
                  <Button size="sm" variant="secondary" onClick={() => setEditing(notice.id)} aria-label={`Sửa thông báo “${notice.text}”`}>
                    Sửa
                  </Button>
                  <Button
                    size="sm"
                    variant="danger"
                    disabled={pending}
                    onClick={() => {
                      if (window.confirm(`Xóa thông báo “${notice.text}”?`)) run(() => deleteNoticeAction(notice.id), { refresh: true });
                    }}
                    aria-label={`Xóa thông báo “${notice.text}”`}
                  >
                    Xóa
                  </Button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function NoticeForm({ notice, onDone }: { notice?: NoticeRow; onDone?: () => void }) {
  const { errors, onSubmit, pending, formRef, formKey, values } = useActionForm(notice ? updateNoticeAction : createNoticeAction, {
    onSuccess: notice ? onDone : undefined,
    refresh: true,
  });
  const initial = (field: 'text' | 'url' | 'startsAt' | 'endsAt') => values?.[field] ?? notice?.[field] ?? '';
  return (
    <form key={formKey} ref={formRef} onSubmit={onSubmit} noValidate className="grid gap-3 md:grid-cols-2">
      {notice ? <input type="hidden" name="id" value={notice.id} /> : null}
      <FormField
        key={`t-${initial('text')}`}
        className="md:col-span-2"
        label="Nội dung"
        name="text"
        required
        maxLength={300}
        defaultValue={initial('text')}
        errors={errors?.text}
      />
      <FormField
        key={`u-${initial('url')}`}
        className="md:col-span-2"
        label="Liên kết"
        name="url"
        maxLength={2000}
        defaultValue={initial('url')}
        errors={errors?.url}
        hint="Không bắt buộc: /tin-tuc/… hoặc https://…"
      />
      <FormField
        key={`s-${initial('startsAt')}`}
        label="Hiện từ"
        name="startsAt"
        defaultValue={initial('startsAt')}
        errors={errors?.startsAt}
        hint="dd/mm/yyyy hh:mm; để trống: ngay bây giờ."
      />
      <FormField
        key={`e-${initial('endsAt')}`}
        label="Hiện đến"
        name="endsAt"
        defaultValue={initial('endsAt')}
        errors={errors?.endsAt}
        hint="dd/mm/yyyy hh:mm; để trống: không hẹn."
      />
      <InlineFormButtons editing={Boolean(notice)} addLabel="Thêm thông báo" pending={pending} onCancel={onDone} />
    </form>
  );
}
