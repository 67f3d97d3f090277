'use client';

import { useCallback, useState } from 'react';
import { slugify } from '@/lib/content/slugify';
import type { ArticleFormArticle } from './article-form-types';

/** The article's own fields as typed (the body lives in the editor, see useArticleBody). */
export interface ArticleFieldValues {
  title: string;
  slug: string;
  summary: string;
  categoryId: string;
  coverMediaId: string;
  byline: string;
}

// Field state of the article form: the slug follows the title until the editor types one.
export function useArticleFields(article: ArticleFormArticle | null) {
  const [fields, setFields] = useState<ArticleFieldValues>({
    title: article?.title ?? '',
    slug: article?.slug ?? '',
    summary: article?.summary ?? '',
    categoryId: article?.categoryId ?? '',
    coverMediaId: article?.coverMediaId ?? '',
    byline: article?.byline ?? '',
  });
  const [slugTouched, setSlugTouched] = useState(!!article);

  function update<K extends keyof ArticleFieldValues>(key: K, value: ArticleFieldValues[K]) {
    setFields((current) => ({ ...current, [key]: value, ...(key === 'title' && !slugTouched ? { slug: slugify(String(value)) } : {}) }));
  }

  /** The server chose the slug (a new article's first autosave): keep it from now on. */
  const adoptSlug = useCallback((value: string) => {
    setSlugTouched(true);
    setFields((current) => ({ ...current, slug: value }));
  }, []);

  return {
    fields,
    update,
    /** The editor typed a slug: it no longer follows the title. */
    editSlug(value: string) {
      setSlugTouched(true);
      setFields((current) => ({ ...current, slug: value }));
    },
    regenerateSlug() {
      setSlugTouched(false);
      setFields((current) => ({ ...current, slug: slugify(current.title) }));
    },
    adoptSlug,
    restoreText(text: { title: string; summary: string }) {
      setFields((current) => ({ ...current, title: text.title, summary: text.summary }));
    },
  };
}
