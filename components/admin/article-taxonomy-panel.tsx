'use client';

import { EMPTY_SEO } from '@/lib/seo/seo-fields';
import type { ArticleTaxonomyInitial } from './article-form-types';
import { ArticleTagsField } from './article-tags-field';
import { SeoPanel } from './seo-panel';
import type { ArticleFieldValues } from './use-article-fields';

// Issue 18's part of the article form's side column: tags, then search and sharing fields.
export function ArticleTaxonomyPanel({
  articleId,
  fields,
  coverUrl,
  initial,
  configuredOrigin,
}: {
  articleId: string | null;
  fields: ArticleFieldValues;
  coverUrl: string | null;
  initial: ArticleTaxonomyInitial | undefined;
  configuredOrigin: string | null;
}) {
  const origin = configuredOrigin ?? '';
  return (
    <>
      <section className="rounded border border-slate-200 bg-white p-4" aria-label="Thẻ của bài viết">
        <ArticleTagsField articleId={articleId} initialTags={initial?.tags ?? []} />
      </section>
      <SeoPanel
        target={{ kind: 'article', id: articleId }}
        initial={initial?.seo ?? { ...EMPTY_SEO, imageUrl: null }}
        content={{ title: fields.title, summary: fields.summary, bodyText: initial?.bodyText ?? '', path: `/tin-tuc/${fields.slug}`, coverUrl }}
        siteOrigin={origin}
      />
    </>
  );
}
