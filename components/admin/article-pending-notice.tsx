'use client';

import { discardPendingArticleAction } from '@/lib/actions/article-pending';
import { PendingChangesNotice } from './pending-changes-notice';

// Issue 18: the pending-changes notice of the article editor ("Cập nhật bài" is in the
// publishing panel; the preview route shows the pending version).
export function ArticlePendingNotice({ articleId, version }: { articleId: string; version: number }) {
  return (
    <PendingChangesNotice
      id={articleId}
      version={version}
      discard={discardPendingArticleAction}
      publishLabel="Cập nhật bài"
      link={{ href: `/quan-tri/tin-tuc/${articleId}/xem-truoc`, label: 'Xem trước bản thay đổi' }}
    />
  );
}
