'use client';

import { useId, useState } from 'react';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { useToast } from '@/components/ui/toast';
import type { ActionResult, FieldErrors } from '@/lib/actions/action-result';
import { saveArticleSeoAction, savePageSeoAction } from '@/lib/actions/seo';
import { effectiveSeo, SEO_DESCRIPTION_MAX, SEO_TITLE_MAX, shorten, type SeoFields } from '@/lib/seo/seo-fields';
import { MediaPicker } from './media-picker';

// "SEO và chia sẻ" (issue 18): the search title and description, a share image override and
// noindex, with a live preview of a search result and a Zalo/Facebook card that follows typing.
// Empty fields show (and publish) the defaults taken from the content. It sits inside the article
// or page form, so it has no form of its own: "Lưu SEO" calls its action directly.

export interface SeoPanelInitial extends SeoFields {
  imageUrl: string | null;
}

export interface SeoPanelProps {
  target: { kind: 'article'; id: string | null } | { kind: 'page'; id: string | null };
  initial: SeoPanelInitial;
  /** The content as typed now: the defaults of empty fields. */
  content: { title: string; summary: string; bodyText: string; path: string; coverUrl: string | null };
  siteOrigin: string;
}

const SHARE_FALLBACK = '/anh-chia-se.png';

export function SeoPanel({ target, initial, content, siteOrigin }: SeoPanelProps) {
  const toast = useToast();
  const id = useId();
  const [fields, setFields] = useState<SeoFields>({
    metaTitle: initial.metaTitle,
    description: initial.description,
    imageMediaId: initial.imageMediaId,
    noindex: initial.noindex,
  });
  const [imageUrl, setImageUrl] = useState<string | null>(initial.imageUrl);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [pending, setPending] = useState(false);
  const shown = effectiveSeo(fields, content);
  const host = siteOrigin.replace(/^https?:\/\//, '');
  const image = imageUrl ?? content.coverUrl ?? SHARE_FALLBACK;

  async function save() {
    if (!target.id) return;
    setPending(true);
    try {
      const result: ActionResult<unknown> =
        target.kind === 'article' ? await saveArticleSeoAction({ articleId: target.id, ...fields }) : await savePageSeoAction({ pageId: target.id, ...fields });
      setErrors(result.errors ?? {});
      if (result.ok) toast.success(result.message);
      else toast.error(result.message);
    } finally {
      setPending(false);
    }
  }

  return (
    <section className="space-y-3 rounded border border-slate-200 bg-white p-4" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="font-semibold">
        SEO và chia sẻ
      </h2>
      <FormField
        label="Tiêu đề SEO"
        value={fields.metaTitle}
        maxLength={SEO_TITLE_MAX}
        onChange={(event) => setFields({ ...fields, metaTitle: event.target.value })}
        errors={errors.metaTitle}
        hint={`${fields.metaTitle.length}/${SEO_TITLE_MAX} ký tự. Để trống: dùng tiêu đề.`}
      />
      <FormField
        label="Mô tả SEO"
        multiline
        rows={3}
        value={fields.description}
        maxLength={SEO_DESCRIPTION_MAX}
        onChange={(event) => setFields({ ...fields, description: event.target.value })}
        errors={errors.description}
        hint={`${fields.description.length}/${SEO_DESCRIPTION_MAX} ký tự. Để trống: dùng tóm tắt hoặc đoạn đầu nội dung.`}
      />
      <div>
        <span className="block text-sm font-semibold text-slate-800">Ảnh chia sẻ</span>
        <p className="text-sm text-slate-600">{imageUrl ? 'Đã chọn ảnh riêng cho chia sẻ.' : 'Để trống: dùng ảnh đại diện hoặc ảnh mặc định.'}</p>
        <div className="mt-1 flex flex-wrap gap-2">
          <MediaPicker
            accept={['image']}
            buttonLabel={imageUrl ? 'Đổi ảnh chia sẻ' : 'Chọn ảnh chia sẻ'}
            onPick={(media) => {
              setImageUrl(media.url);
              setFields({ ...fields, imageMediaId: media.id });
            }}
          />
          {imageUrl && (
            <button type="button" className="text-sm text-red-700 underline" onClick={() => (setImageUrl(null), setFields({ ...fields, imageMediaId: null }))}>
              Bỏ ảnh chia sẻ
            </button>
          )}
        </div>
        {errors.imageMediaId && <p className="mt-1 text-sm text-red-700">{errors.imageMediaId[0]}</p>}
      </div>
      <label className="flex items-start gap-2 text-sm">
        <input type="checkbox" className="mt-1" checked={fields.noindex} onChange={(event) => setFields({ ...fields, noindex: event.target.checked })} />
        <span>Không cho công cụ tìm kiếm lập chỉ mục (noindex); không đưa vào sơ đồ trang XML.</span>
      </label>

      <div role="group" aria-label="Xem trước kết quả tìm kiếm" className="rounded border border-slate-200 p-3">
        <p className="text-xs font-semibold uppercase text-slate-500">Xem trước trên Google</p>
        <p className="mt-1 truncate text-xs text-slate-600">
          {host}
          {content.path}
        </p>
        <p className="text-lg leading-snug text-[#1a0dab]" data-preview="search-title">
          {shorten(shown.title, 60) || '(chưa có tiêu đề)'}
        </p>
        <p className="text-sm text-slate-700" data-preview="search-description">
          {shorten(shown.description, 160) || '(chưa có mô tả)'}
        </p>
        {fields.noindex && <p className="mt-1 text-sm font-semibold text-amber-800">Trang này sẽ không xuất hiện trong kết quả tìm kiếm.</p>}
      </div>
      <div role="group" aria-label="Xem trước thẻ chia sẻ Zalo, Facebook" className="overflow-hidden rounded border border-slate-300">
        {/* eslint-disable-next-line @next/next/no-img-element -- a preview of the share image */}
        <img src={image} alt="" className="aspect-[1.91/1] w-full bg-slate-100 object-cover" />
        <div className="bg-slate-50 p-2">
          <p className="text-xs uppercase text-slate-500">{host}</p>
          <p className="font-semibold leading-snug text-slate-900" data-preview="card-title">
            {shorten(shown.title, 90) || '(chưa có tiêu đề)'}
          </p>
          <p className="text-sm text-slate-600">{shorten(shown.description, 110)}</p>
        </div>
      </div>
      {target.id ? (
        <Button size="sm" variant="secondary" pending={pending} onClick={() => void save()}>
          Lưu SEO
        </Button>
      ) : (
        <p className="text-sm text-slate-600">Lưu bài lần đầu để lưu thông tin SEO.</p>
      )}
    </section>
  );
}
