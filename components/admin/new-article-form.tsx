'use client';

import { useRouter } from 'next/navigation';
import { ArticleForm, type ArticleFormProps } from './article-form';

/**
 * The "new article" screen's form. Next keeps recently left routes alive (hidden in
 * <Activity>), and this form turns into the saved article's editor in place (the URL becomes
 * /quan-tri/tin-tuc/<id> without a navigation), so the next "Viết bài mới" would reopen the
 * previous article and save over it. bfcacheId changes on every fresh visit (link, push,
 * replace) and not on back/forward or a refresh, so each visit starts blank while an
 * article being written survives the server re-rendering the page.
 */
export function NewArticleForm(props: Omit<ArticleFormProps, 'article' | 'autosave'>) {
  const { bfcacheId } = useRouter();
  return <ArticleForm key={bfcacheId} article={null} autosave={null} {...props} />;
}
