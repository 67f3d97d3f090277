'use client';

import { useActionState, useState, startTransition } from 'react';
import { useRouter } from 'next/navigation';
import type { JSONContent } from '@tiptap/react';
import { z } from 'zod';
import { plainJson, RichTextEditor } from '@/components/editor/rich-text-editor';
import { Button } from '@/components/ui/button';
import { FormError, FormField } from '@/components/ui/form-field';
import { useToast } from '@/components/ui/toast';
import { slugify } from '@/lib/content/slugify';
import { discardPendingPageAction, savePageAction, type PageSaved } from '@/lib/actions/pages';
import type { ActionResult } from '@/lib/actions/action-result';
import { savePageSchema, type SavePageInput } from '@/lib/validation/page';
import { renderArticleImagePicker } from './article-media';
import { ArticleRecoveryNotice } from './article-recovery-notice';
import { PendingChangesNotice } from './pending-changes-notice';
import { usePageAutosave } from './use-page-autosave';

export interface StaticPageValue {
  id: string;
  version: number;
  title: string;
  slug: string;
  published: boolean;
  sortOrder: number;
  body: JSONContent;
  locale: 'vi' | 'en';
  translationKey: string | null;
  /** The fields above are the pending changes of a public page (issue 18). */
  hasPendingChanges?: boolean;
  /** The page is public now (its pending changes wait for "Cập nhật trang"). */
  live?: boolean;
  /** This admin's autosave, newer than the last save (offered for recovery). */
  autosave?: { title: string; body: JSONContent; createdAt: string } | null;
}

const EMPTY_BODY: JSONContent = { type: 'doc', content: [{ type: 'paragraph' }] };

// The static page editor (ADMIN): same Tiptap editor and rules as articles.
export function StaticPageForm({ page }: { page: StaticPageValue | null }) {
  const toast = useToast();
  const router = useRouter();
  const [values, setValues] = useState({
    title: page?.title ?? '',
    slug: page?.slug ?? '',
    published: page?.published ?? true,
    sortOrder: page?.sortOrder ?? 0,
    locale: page?.locale ?? 'vi',
    translationKey: page?.translationKey ?? '',
  });
  const [slugTouched, setSlugTouched] = useState(!!page);
  const [body, setBody] = useState<JSONContent>(page?.body ?? EMPTY_BODY);
  const [clientErrors, setClientErrors] = useState<Partial<Record<string, string[]>>>({});
  const [version, setVersion] = useState<number | null>(null);
  const [hasPending, setHasPending] = useState(page?.hasPendingChanges ?? false);
  const [state, dispatch, pending] = useActionState(async (_previous: ActionResult<PageSaved> | null, payload: SavePageInput) => {
    const result = await savePageAction(payload);
    if (result.ok) {
      autosave.markSaved();
      toast.success(result.message);
      setVersion(result.data?.version ?? null);
      setHasPending(result.data?.pending ?? false);
      if (!page) router.replace(`/quan-tri/trang/${result.data?.id}`);
      else router.refresh();
    } else toast.error(result.message);
    return result;
  }, null);
  const autosave = usePageAutosave({ pageId: page?.id ?? null, version: version ?? page?.version ?? 1, title: values.title, body, paused: pending });
  const [recovery, setRecovery] = useState(page?.autosave ?? null);
  const [editorKey, setEditorKey] = useState(0);
  const errors = { ...(state?.errors ?? {}), ...clientErrors };
  const slugSuggestion = state && !state.ok ? state.data?.slugSuggestion : undefined;

  function submit(event: React.FormEvent) {
    event.preventDefault();
    // Submits of forms nested in the media picker bubble here too: only our own counts.
    if (event.target !== event.currentTarget) return;
    send('save');
  }

  function send(intent: 'save' | 'publish') {
    const payload: SavePageInput = {
      ...values,
      intent,
      body: plainJson(body) as Record<string, unknown>,
      ...(page ? { id: page.id, version: version ?? page.version } : {}),
    };
    const parsed = savePageSchema.safeParse(payload);
    if (!parsed.success) {
      setClientErrors(z.flattenError(parsed.error).fieldErrors);
      return;
    }
    setClientErrors({});
    startTransition(() => dispatch(payload));
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      {hasPending && page && (
        <PendingChangesNotice
          id={page.id}
          version={version ?? page.version}
          discard={discardPendingPageAction}
          publishLabel="Cập nhật trang"
          link={{ href: `/quan-tri/trang/${page.id}/phien-ban`, label: 'Các phiên bản (so sánh thay đổi)' }}
        />
      )}
      {recovery && (
        <ArticleRecoveryNotice
          recovery={{ title: recovery.title, summary: '', body: recovery.body, savedAt: recovery.createdAt, source: 'server' }}
          onRestore={() => {
            setValues((current) => ({ ...current, title: recovery.title }));
            setBody(recovery.body);
            setEditorKey((key) => key + 1);
            setRecovery(null);
            toast.success('Đã khôi phục bản tự lưu. Nhấn "Lưu" để giữ lại.');
          }}
          onDiscard={() => setRecovery(null)}
        />
      )}
      {state && !state.ok && !state.errors && <FormError message={state.message} />}
      <FormField
        label="Tiêu đề"
        required
        value={values.title}
        errors={errors.title}
        onChange={(event) =>
          setValues((current) => ({ ...current, title: event.target.value, slug: slugTouched ? current.slug : slugify(event.target.value) }))
        }
      />
      <FormField
        label="Đường dẫn"
        required
        value={values.slug}
        errors={errors.slug}
        hint={`Địa chỉ trang: ${values.locale === 'en' ? '/en' : ''}/${values.slug || '…'}`}
        onChange={(event) => {
          setSlugTouched(true);
          setValues((current) => ({ ...current, slug: event.target.value }));
        }}
      />
      {slugSuggestion && (
        <Button size="sm" variant="secondary" onClick={() => setValues((current) => ({ ...current, slug: slugSuggestion }))}>
          Dùng gợi ý “{slugSuggestion}”
        </Button>
      )}
      <div className="flex flex-wrap gap-6">
        <label className="block text-sm font-semibold text-slate-800">
          Ngôn ngữ
          <select
            name="locale"
            value={values.locale}
            onChange={(event) => setValues((current) => ({ ...current, locale: event.target.value === 'en' ? 'en' : 'vi' }))}
            className="mt-1 block rounded border border-slate-300 bg-white px-3 py-2"
          >
            <option value="vi">Tiếng Việt</option>
            <option value="en">Tiếng Anh (English, địa chỉ /en/…)</option>
          </select>
        </label>
        <FormField
          label="Khóa bản dịch"
          value={values.translationKey}
          errors={errors.translationKey}
          hint="Các trang cùng khóa là bản tiếng Việt và tiếng Anh của nhau, ví dụ gioi-thieu."
          onChange={(event) => setValues((current) => ({ ...current, translationKey: event.target.value }))}
        />
        <label className="flex items-center gap-2 font-semibold">
          <input type="checkbox" checked={values.published} onChange={(event) => setValues((current) => ({ ...current, published: event.target.checked }))} />
          Hiển thị công khai
        </label>
        <FormField
          label="Thứ tự"
          type="number"
          min={0}
          value={values.sortOrder}
          errors={errors.sortOrder}
          onChange={(event) => setValues((current) => ({ ...current, sortOrder: Number(event.target.value) || 0 }))}
        />
      </div>
      <RichTextEditor
        key={editorKey}
        id="page-body"
        label="Nội dung trang"
        initialContent={editorKey === 0 ? (page?.body ?? EMPTY_BODY) : body}
        onChange={setBody}
        renderImagePicker={renderArticleImagePicker}
        invalid={!!errors.body}
      />
      {errors.body && <p className="text-sm font-medium text-red-700">{errors.body[0]}</p>}
      <p className="min-h-5 text-sm text-slate-600" aria-live="polite">
        {autosave.label}
      </p>
      {page?.live && values.published ? (
        // A public page: "Lưu thay đổi" keeps the edit pending, "Cập nhật trang" publishes it.
        <div className="flex flex-wrap gap-2">
          <Button type="submit" variant="secondary" pending={pending}>
            Lưu thay đổi
          </Button>
          <Button pending={pending} onClick={() => send('publish')}>
            Cập nhật trang
          </Button>
        </div>
      ) : (
        <Button type="submit" pending={pending}>
          Lưu trang
        </Button>
      )}
    </form>
  );
}
