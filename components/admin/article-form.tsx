'use client';

import Link from 'next/link';
import { useActionState, useCallback, useEffect, useId, useRef, useState, startTransition } from 'react';
import type { Editor, JSONContent } from '@tiptap/react';
import { z } from 'zod';
import { plainJson, RichTextEditor } from '@/components/editor/rich-text-editor';
import { Button } from '@/components/ui/button';
import { FormError, FormField } from '@/components/ui/form-field';
import { useToast } from '@/components/ui/toast';
import { slugify } from '@/lib/content/slugify';
import { createDraftFromAutosave, discardAutosaveAction, saveArticleAction } from '@/lib/actions/articles';
import { INITIAL_ARTICLE_FORM_STATE, type ArticleFormState } from '@/lib/actions/article-results';
import { saveArticleSchema, STATUS_LABELS, type ArticleStatusValue, type SaveArticleInput, type SaveIntent } from '@/lib/validation/article';
import { utcToHoChiMinhLocal } from '@/lib/validation/schedule-time';
import { clearLocalDraft, readLocalDraft, writeLocalDraft } from './article-local-draft';
import { ArticleConflictNotice } from './article-conflict-notice';
import { ArticleCoverPicker, renderArticleImagePicker } from './article-media';

const AUTOSAVE_DELAY_MS = 3_000;

export interface ArticleFormArticle {
  id: string;
  version: number;
  title: string;
  slug: string;
  summary: string;
  categoryId: string | null;
  coverMediaId: string | null;
  coverUrl: string | null;
  byline: string;
  body: JSONContent;
  status: ArticleStatusValue;
  publishedAt: string | null;
  updatedAt: string;
}

export interface ServerAutosave {
  title: string;
  summary: string;
  body: JSONContent;
  createdAt: string;
}

export interface ArticleFormProps {
  article: ArticleFormArticle | null;
  categories: { id: string; name: string }[];
  canPublish: boolean;
  autosave: ServerAutosave | null;
}

type Fields = Omit<SaveArticleInput, 'id' | 'version' | 'intent' | 'body' | 'scheduledAt'> & { categoryId: string; coverMediaId: string };
type Recovery = { title: string; summary: string; body: JSONContent; savedAt: string; source: 'server' | 'local' };

const EMPTY_BODY: JSONContent = { type: 'doc', content: [{ type: 'paragraph' }] };

function timeLabel(iso: string): string {
  return new Intl.DateTimeFormat('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', dateStyle: 'short', timeStyle: 'medium' }).format(new Date(iso));
}

// The article edit screen: fields, the Tiptap body, the workflow buttons, autosave (server
// revision + localStorage) with recovery on reopen, and the conflict notice.
export function ArticleForm({ article, categories, canPublish, autosave }: ArticleFormProps) {
  const toast = useToast();
  const uid = useId();
  const [articleId, setArticleId] = useState<string | null>(article?.id ?? null);
  const [version, setVersion] = useState(article?.version ?? 1);
  const [status, setStatus] = useState<ArticleStatusValue>(article?.status ?? 'DRAFT');
  const [fields, setFields] = useState<Fields>({
    title: article?.title ?? '',
    slug: article?.slug ?? '',
    summary: article?.summary ?? '',
    categoryId: article?.categoryId ?? '',
    coverMediaId: article?.coverMediaId ?? '',
    byline: article?.byline ?? '',
  });
  const [slugTouched, setSlugTouched] = useState(!!article);
  const [scheduledAt, setScheduledAt] = useState(() =>
    article?.status === 'SCHEDULED' && article.publishedAt ? utcToHoChiMinhLocal(new Date(article.publishedAt)) : '',
  );
  const [clientErrors, setClientErrors] = useState<Partial<Record<string, string[]>>>({});
  const [autosaveLabel, setAutosaveLabel] = useState('');
  const [recovery, setRecovery] = useState<Recovery | null>(null);
  const bodyRef = useRef<JSONContent>(article?.body ?? EMPTY_BODY);
  const editorRef = useRef<Editor | null>(null);
  const dirtyRef = useRef(false);
  const timerRef = useRef<ReturnType<typeof setTimeout> | null>(null);
  const stateRef = useRef({ articleId, version, fields });
  useEffect(() => {
    stateRef.current = { articleId, version, fields };
  }, [articleId, version, fields]);

  const [state, dispatch, pending] = useActionState(async (previous: ArticleFormState, payload: SaveArticleInput) => {
    const result = await saveArticleAction(previous, payload);
    if (result.ok && result.id && result.version) {
      const wasNew = !stateRef.current.articleId;
      clearLocalDraft(stateRef.current.articleId);
      clearLocalDraft(result.id);
      dirtyRef.current = false;
      setArticleId(result.id);
      setVersion(result.version);
      if (result.status) setStatus(result.status);
      setRecovery(null);
      toast.success(result.message ?? 'Đã lưu.');
      if (wasNew) window.history.replaceState(null, '', `/quan-tri/tin-tuc/${result.id}`);
    } else if (!result.ok) {
      toast.error(result.message ?? 'Không lưu được.');
    }
    return result;
  }, INITIAL_ARTICLE_FORM_STATE);

  const errors = { ...(state.errors ?? {}), ...clientErrors };

  // Recovery offer: the newest of the server autosave and the local copy, when it is newer
  // than the last real save.
  useEffect(() => {
    const local = readLocalDraft(article?.id ?? null);
    const savedAt = article ? new Date(article.updatedAt).getTime() : 0;
    const candidates: Recovery[] = [];
    if (autosave) candidates.push({ ...autosave, savedAt: autosave.createdAt, source: 'server' });
    if (local && new Date(local.savedAt).getTime() > savedAt) candidates.push({ ...local, source: 'local' });
    const newest = candidates.sort((a, b) => b.savedAt.localeCompare(a.savedAt))[0];
    if (newest && JSON.stringify(newest.body) !== JSON.stringify(article?.body ?? EMPTY_BODY)) {
      // eslint-disable-next-line react-hooks/set-state-in-effect -- localStorage exists only after mount
      setRecovery(newest);
    }
  }, [article, autosave]);

  const runAutosave = useCallback(async () => {
    if (!dirtyRef.current) return;
    const current = stateRef.current;
    const payload = { version: current.version, title: current.fields.title, summary: current.fields.summary, body: bodyRef.current };
    if (!current.articleId) {
      if (!current.fields.title.trim()) return;
      const created = await createDraftFromAutosave({ ...current.fields, body: plainJson(bodyRef.current) });
      if (created.ok && created.id && created.version) {
        clearLocalDraft(null);
        setArticleId(created.id);
        setVersion(created.version);
        if (!slugTouched) setSlugTouched(true);
        dirtyRef.current = false;
        window.history.replaceState(null, '', `/quan-tri/tin-tuc/${created.id}`);
        setAutosaveLabel(`Đã tự lưu bản nháp lúc ${timeLabel(new Date().toISOString())}`);
      }
      return;
    }
    const response = await fetch(`/quan-tri/tin-tuc/${current.articleId}/tu-luu`, {
      method: 'POST',
      keepalive: true,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(payload),
    }).catch(() => null);
    if (response?.ok) {
      dirtyRef.current = false;
      setAutosaveLabel(`Đã tự lưu lúc ${timeLabel(new Date().toISOString())}`);
    } else {
      setAutosaveLabel('Chưa tự lưu được lên máy chủ; nội dung vẫn được giữ trên máy này.');
    }
  }, [slugTouched]);

  const markDirty = useCallback(() => {
    dirtyRef.current = true;
    const current = stateRef.current;
    writeLocalDraft(current.articleId, { title: current.fields.title, summary: current.fields.summary, body: bodyRef.current });
    if (timerRef.current) clearTimeout(timerRef.current);
    timerRef.current = setTimeout(() => void runAutosave(), AUTOSAVE_DELAY_MS);
  }, [runAutosave]);

  // Leaving the page: hand the latest content to the server even as the tab dies.
  useEffect(() => {
    function flush() {
      const current = stateRef.current;
      if (!dirtyRef.current || !current.articleId) return;
      const payload = JSON.stringify({ version: current.version, title: current.fields.title, summary: current.fields.summary, body: bodyRef.current });
      if (navigator.sendBeacon(`/quan-tri/tin-tuc/${current.articleId}/tu-luu`, new Blob([payload], { type: 'text/plain;charset=UTF-8' }))) {
        dirtyRef.current = false;
      }
    }
    const onVisibility = () => document.visibilityState === 'hidden' && flush();
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
      if (timerRef.current) clearTimeout(timerRef.current);
    };
  }, []);

  function update<K extends keyof Fields>(key: K, value: Fields[K]) {
    setFields((current) => {
      const next = { ...current, [key]: value };
      if (key === 'title' && !slugTouched) next.slug = slugify(String(value));
      stateRef.current = { ...stateRef.current, fields: next };
      return next;
    });
    queueMicrotask(markDirty);
  }

  function submit(intent: SaveIntent) {
    const payload: SaveArticleInput = {
      ...fields,
      body: plainJson(bodyRef.current) as Record<string, unknown>,
      intent,
      ...(articleId ? { id: articleId, version } : {}),
      ...(intent === 'schedule' ? { scheduledAt } : {}),
    };
    const parsed = saveArticleSchema.safeParse(payload);
    if (!parsed.success) {
      setClientErrors(z.flattenError(parsed.error).fieldErrors);
      toast.error('Vui lòng sửa các lỗi được đánh dấu.');
      return;
    }
    setClientErrors({});
    startTransition(() => dispatch(payload));
  }

  function restoreRecovery() {
    if (!recovery) return;
    setFields((current) => ({ ...current, title: recovery.title, summary: recovery.summary }));
    stateRef.current = { ...stateRef.current, fields: { ...stateRef.current.fields, title: recovery.title, summary: recovery.summary } };
    bodyRef.current = recovery.body;
    editorRef.current?.commands.setContent(recovery.body);
    setRecovery(null);
    queueMicrotask(markDirty);
    toast.success('Đã khôi phục bản tự lưu. Nhấn "Lưu" để giữ lại.');
  }

  async function discardRecovery() {
    clearLocalDraft(articleId);
    if (articleId) await discardAutosaveAction(articleId);
    setRecovery(null);
  }

  // Ids from useId, not fixed strings: a second instance of this form can sit hidden in the
  // document (Next keeps recent routes in <Activity>), and labels must find their own control.
  const bodyId = `${uid}-body`;
  const bodyErrorId = `${uid}-body-error`;
  const categoryId = `${uid}-category`;
  return (
    <form className="grid gap-6 xl:grid-cols-[minmax(0,1fr)_20rem]" onSubmit={(event) => {
        event.preventDefault();
        // Submits of forms nested in pickers and dialogs bubble here too: only our own counts.
        if (event.target === event.currentTarget) submit('save');
      }} noValidate>
      <div className="min-w-0 space-y-4">
        {recovery && (
          <div role="alert" className="rounded border border-amber-400 bg-amber-50 p-3">
            <p className="font-semibold">Có bản tự lưu lúc {timeLabel(recovery.savedAt)} mới hơn bản đã lưu.</p>
            <div className="mt-2 flex flex-wrap gap-2">
              <Button onClick={restoreRecovery}>Khôi phục bản tự lưu</Button>
              <Button variant="secondary" onClick={() => void discardRecovery()}>
                Bỏ bản tự lưu
              </Button>
            </div>
          </div>
        )}
        {state.conflict && articleId && (
          <ArticleConflictNotice articleId={articleId} message={state.message ?? ''} title={fields.title} getBody={() => bodyRef.current} />
        )}
        {!state.conflict && state.ok === false && !state.errors && <FormError message={state.message} />}
        <FormField label="Tiêu đề" required value={fields.title} onChange={(event) => update('title', event.target.value)} errors={errors.title} maxLength={300} />
        <div>
          <FormField
            label="Đường dẫn (slug)"
            required
            value={fields.slug}
            onChange={(event) => {
              setSlugTouched(true);
              update('slug', event.target.value);
            }}
            errors={errors.slug}
            hint={`Địa chỉ bài viết: /tin-tuc/${fields.slug || '…'}`}
          />
          <div className="mt-1 flex flex-wrap gap-2">
            {state.slugSuggestion && state.slugSuggestion !== fields.slug && (
              <Button size="sm" variant="secondary" onClick={() => update('slug', state.slugSuggestion ?? '')}>
                Dùng gợi ý “{state.slugSuggestion}”
              </Button>
            )}
            <Button
              size="sm"
              variant="ghost"
              onClick={() => {
                setSlugTouched(false);
                update('slug', slugify(fields.title));
              }}
            >
              Tạo lại từ tiêu đề
            </Button>
          </div>
        </div>
        <FormField label="Tóm tắt" multiline rows={3} value={fields.summary} onChange={(event) => update('summary', event.target.value)} errors={errors.summary} />
        <div>
          <span className="mb-1 block text-sm font-semibold text-slate-800">Nội dung</span>
          <RichTextEditor
            id={bodyId}
            label="Nội dung bài viết"
            initialContent={article?.body ?? EMPTY_BODY}
            onReady={(editor) => (editorRef.current = editor)}
            onChange={(json) => {
              bodyRef.current = json;
              markDirty();
            }}
            renderImagePicker={renderArticleImagePicker}
            invalid={!!errors.body}
            describedBy={errors.body ? bodyErrorId : undefined}
          />
          {errors.body && (
            <ul id={bodyErrorId} className="mt-1 list-disc pl-5 text-sm font-medium text-red-700">
              {errors.body.map((message) => (
                <li key={message}>{message}</li>
              ))}
            </ul>
          )}
        </div>
      </div>

      <aside className="space-y-4">
        <section className="space-y-3 rounded border border-slate-200 bg-white p-4" aria-label="Xuất bản">
          <p>
            Trạng thái: <strong data-testid="article-status">{STATUS_LABELS[status]}</strong>
          </p>
          <p className="min-h-5 text-sm text-slate-600" aria-live="polite" data-testid="autosave-status">
            {autosaveLabel}
          </p>
          <div className="flex flex-wrap gap-2">
            <Button type="submit" variant="secondary" pending={pending}>
              {status === 'PUBLISHED' ? 'Cập nhật' : 'Lưu nháp'}
            </Button>
            {!canPublish && status === 'DRAFT' && (
              <Button pending={pending} onClick={() => submit('submit')}>
                Gửi duyệt
              </Button>
            )}
            {canPublish && (
              <Button pending={pending} onClick={() => submit('publish')}>
                {status === 'PUBLISHED' ? 'Lưu và đăng' : 'Xuất bản'}
              </Button>
            )}
          </div>
          {canPublish && (
            <div className="space-y-2 border-t border-slate-200 pt-3">
              <FormField
                label="Hẹn giờ đăng (giờ Việt Nam)"
                type="datetime-local"
                value={scheduledAt}
                onChange={(event) => setScheduledAt(event.target.value)}
                errors={errors.scheduledAt}
              />
              <Button variant="secondary" pending={pending} onClick={() => submit('schedule')}>
                Hẹn giờ đăng
              </Button>
            </div>
          )}
          {articleId && (
            <p className="flex flex-wrap gap-3 border-t border-slate-200 pt-3 text-sm">
              <Link className="text-brand-700 underline" href={`/quan-tri/tin-tuc/${articleId}/xem-truoc`} target="_blank">
                Xem trước
              </Link>
              <Link className="text-brand-700 underline" href={`/quan-tri/tin-tuc/${articleId}/phien-ban`}>
                Các phiên bản
              </Link>
            </p>
          )}
        </section>
        <section className="space-y-3 rounded border border-slate-200 bg-white p-4" aria-label="Thông tin bài viết">
          <div>
            <label htmlFor={categoryId} className="block text-sm font-semibold text-slate-800">
              Chuyên mục
            </label>
            <select
              id={categoryId}
              value={fields.categoryId}
              onChange={(event) => update('categoryId', event.target.value)}
              className="mt-1 block w-full rounded border border-slate-300 bg-white px-3 py-2"
            >
              <option value="">— Chưa chọn —</option>
              {categories.map((category) => (
                <option key={category.id} value={category.id}>
                  {category.name}
                </option>
              ))}
            </select>
          </div>
          <FormField label="Tác giả hiển thị (byline)" value={fields.byline} onChange={(event) => update('byline', event.target.value)} errors={errors.byline} />
          <div>
            <span className="block text-sm font-semibold text-slate-800">Ảnh đại diện</span>
            <ArticleCoverPicker value={fields.coverMediaId || null} initialUrl={article?.coverUrl ?? null} onChange={(id) => update('coverMediaId', id ?? '')} />
            {errors.coverMediaId && <p className="mt-1 text-sm text-red-700">{errors.coverMediaId[0]}</p>}
          </div>
        </section>
      </aside>
    </form>
  );
}
