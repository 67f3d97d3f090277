'use client';

import { useCallback, useId, useRef, useState } from 'react';
import type { Editor, JSONContent } from '@tiptap/react';
import { RichTextEditor } from '@/components/editor/rich-text-editor';
import { Button } from '@/components/ui/button';
import { FormError, FormField } from '@/components/ui/form-field';
import { useToast } from '@/components/ui/toast';
import type { ArticleAutosaved } from '@/lib/actions/article-results';
import type { ArticleStatusValue, SaveIntent } from '@/lib/validation/article';
import { utcToHoChiMinhLocal } from '@/lib/validation/schedule-time';
import { ArticleConflictNotice } from './article-conflict-notice';
import { EMPTY_BODY, type ArticleFormProps } from './article-form-types';
import { renderArticleImagePicker } from './article-media';
import { ArticleMetaPanel } from './article-meta-panel';
import { ArticlePendingNotice } from './article-pending-notice';
import { ArticlePublishPanel } from './article-publish-panel';
import { ArticleRecoveryNotice } from './article-recovery-notice';
import { ArticleTaxonomyPanel } from './article-taxonomy-panel';
import { useArticleAutosave } from './use-article-autosave';
import { useArticleFields } from './use-article-fields';
import { useArticleRecovery } from './use-article-recovery';
import { useArticleSave } from './use-article-save';

export type { ArticleFormArticle, ArticleFormProps, ServerAutosave } from './article-form-types';

// The article edit screen. State lives in hooks: the fields (useArticleFields), the body (a ref
// to the editor's document plus a revision counter), autosave (useArticleAutosave, one server
// action), recovery on reopen (useArticleRecovery) and the workflow buttons (useArticleSave).
export function ArticleForm({
  article,
  categories,
  canPublish,
  canChangeStatus,
  canTrash,
  autosave: serverAutosave,
  configuredOrigin,
  taxonomy,
}: ArticleFormProps) {
  const toast = useToast();
  const uid = useId();
  const [saved, setSaved] = useState<{ articleId: string | null; version: number; status: ArticleStatusValue; pending: boolean }>({
    articleId: article?.id ?? null,
    version: article?.version ?? 1,
    status: article?.status ?? 'DRAFT',
    pending: article?.hasPendingChanges ?? false,
  });
  const { fields, update, editSlug, regenerateSlug, adoptSlug, restoreText } = useArticleFields(article);
  const [scheduledAt, setScheduledAt] = useState(() =>
    article?.status === 'SCHEDULED' && article.publishedAt ? utcToHoChiMinhLocal(new Date(article.publishedAt)) : '',
  );
  const bodyRef = useRef<JSONContent>(article?.body ?? EMPTY_BODY);
  const editorRef = useRef<Editor | null>(null);
  const [bodyRevision, setBodyRevision] = useState(0);
  const onBodyChange = useCallback((json: JSONContent) => {
    bodyRef.current = json;
    setBodyRevision((revision) => revision + 1);
  }, []);
  const onEditorReady = useCallback((editor: Editor) => {
    editorRef.current = editor;
  }, []);

  const onCreated = useCallback(
    (created: ArticleAutosaved) => {
      setSaved((current) => ({ ...current, articleId: created.id, version: created.version }));
      if (created.slug) adoptSlug(created.slug);
      window.history.replaceState(null, '', `/quan-tri/tin-tuc/${created.id}`);
    },
    [adoptSlug],
  );
  const recovery = useArticleRecovery(article, serverAutosave);
  const { state, pending, save, errors } = useArticleSave();
  const autosave = useArticleAutosave({
    articleId: saved.articleId,
    version: saved.version,
    fields,
    bodyRef,
    bodyRevision,
    configuredOrigin,
    paused: pending,
    onCreated,
  });
  async function submit(intent: SaveIntent) {
    const textKey = autosave.textKey;
    // A new article's first autosave may be creating it right now: save into that draft.
    const created = saved.articleId ? null : await autosave.settled();
    const articleId = saved.articleId ?? created?.id ?? null;
    save({
      intent,
      fields,
      bodyRef,
      articleId,
      version: created?.version ?? saved.version,
      scheduledAt,
      onSaved(result) {
        autosave.markSaved(textKey, result.id);
        recovery.dismiss();
        setSaved({ articleId: result.id, version: result.version, status: result.status, pending: result.pending });
        if (!articleId) window.history.replaceState(null, '', `/quan-tri/tin-tuc/${result.id}`);
      },
    });
  }

  function restore() {
    recovery.restore((recovered) => {
      restoreText(recovered);
      bodyRef.current = recovered.body;
      editorRef.current?.commands.setContent(recovered.body);
      setBodyRevision((revision) => revision + 1);
      toast.success('Đã khôi phục bản tự lưu. Nhấn "Lưu" để giữ lại.');
    });
  }

  // "Xem trước" shows the text on screen: it is stored as this user's autosave first, and the
  // preview page reads the newest autosave. The tab opens at once (a popup blocker allows
  // only that), then goes to the preview when the text is stored.
  async function openPreview() {
    const tab = window.open('about:blank', '_blank');
    const stored = await autosave.saveNow();
    if (!stored) toast.error('Chưa lưu được nội dung đang soạn lên máy chủ: bản xem trước là bản đã lưu gần nhất.');
    const url = `/quan-tri/tin-tuc/${saved.articleId}/xem-truoc`;
    if (tab) tab.location.href = url;
    else window.open(url, '_blank');
  }

  const conflict = state && !state.ok ? state.data?.conflict : undefined;
  const slugSuggestion = state && !state.ok ? state.data?.slugSuggestion : undefined;
  // Ids from useId, not fixed strings: a second instance of this form can sit hidden in the
  // document (Next keeps recent routes in <Activity>), and labels must find their own control.
  const bodyId = `${uid}-body`;
  const bodyErrorId = `${uid}-body-error`;
  return (
    <form
      className="grid gap-6 xl:grid-cols-[minmax(0,1fr)_20rem]"
      onSubmit={(event) => {
        event.preventDefault();
        // Submits of forms nested in pickers and dialogs bubble here too: only our own counts.
        if (event.target === event.currentTarget) void submit('save');
      }}
      noValidate
    >
      <div className="min-w-0 space-y-4">
        {recovery.recovery && (
          <ArticleRecoveryNotice recovery={recovery.recovery} onRestore={restore} onDiscard={() => void recovery.discard(saved.articleId)} />
        )}
        {saved.pending && saved.articleId && <ArticlePendingNotice articleId={saved.articleId} version={saved.version} />}
        {conflict && saved.articleId && (
          <ArticleConflictNotice articleId={saved.articleId} message={state?.message ?? ''} title={fields.title} getBody={() => bodyRef.current} />
        )}
        {!conflict && state && !state.ok && !state.errors && <FormError message={state.message} />}
        <FormField
          label="Tiêu đề"
          required
          value={fields.title}
          onChange={(event) => update('title', event.target.value)}
          errors={errors.title}
          maxLength={300}
        />
        <div>
          <FormField
            label="Đường dẫn"
            required
            value={fields.slug}
            onChange={(event) => editSlug(event.target.value)}
            errors={errors.slug}
            hint={`Địa chỉ bài viết: /tin-tuc/${fields.slug || '…'} (chữ thường không dấu, nối bằng dấu gạch ngang)`}
          />
          <div className="mt-1 flex flex-wrap gap-2">
            {slugSuggestion && slugSuggestion !== fields.slug && (
              <Button size="sm" variant="secondary" onClick={() => editSlug(slugSuggestion)}>
                Dùng gợi ý “{slugSuggestion}”
              </Button>
            )}
            <Button size="sm" variant="ghost" onClick={regenerateSlug}>
              Tạo lại từ tiêu đề
            </Button>
          </div>
        </div>
        <FormField
          label="Tóm tắt"
          multiline
          rows={3}
          value={fields.summary}
          onChange={(event) => update('summary', event.target.value)}
          errors={errors.summary}
        />
        <div>
          <span className="mb-1 block text-sm font-semibold text-slate-800">Nội dung</span>
          <RichTextEditor
            id={bodyId}
            label="Nội dung bài viết"
            initialContent={article?.body ?? EMPTY_BODY}
            onReady={onEditorReady}
            onChange={onBodyChange}
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
        <ArticlePublishPanel
          articleId={saved.articleId}
          version={saved.version}
          unpublishAt={article?.unpublishAt ?? null}
          status={saved.status}
          autosaveLabel={autosave.label}
          pending={pending}
          canPublish={canPublish}
          canChangeStatus={canChangeStatus}
          canTrash={canTrash}
          initialSchedule={scheduledAt}
          onSchedule={setScheduledAt}
          onSave={(intent) => void submit(intent)}
          onPreview={() => void openPreview()}
          errors={errors}
        />
        <ArticleMetaPanel fields={fields} update={update} categories={categories} initialCoverUrl={article?.coverUrl ?? null} errors={errors} />
        <ArticleTaxonomyPanel
          articleId={saved.articleId}
          fields={fields}
          coverUrl={article?.coverUrl ?? null}
          initial={taxonomy}
          configuredOrigin={configuredOrigin}
        />
      </aside>
    </form>
  );
}
