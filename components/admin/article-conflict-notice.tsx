'use client';

import Link from 'next/link';
import type { JSONContent } from '@tiptap/react';
import { Button } from '@/components/ui/button';
import { useToast } from '@/components/ui/toast';

function plainText(node: JSONContent): string {
  if (node.text) return node.text;
  const inner = (node.content ?? []).map(plainText).join(node.type === 'doc' ? '\n\n' : '');
  return inner;
}

// Shown when a save lost the race: the user's text is already kept as a revision; they can
// open the newer version next to it, or copy their own text.
export function ArticleConflictNotice({
  articleId,
  message,
  title,
  getBody,
}: {
  articleId: string;
  message: string;
  title: string;
  getBody: () => JSONContent;
}) {
  const toast = useToast();
  async function copyMine() {
    try {
      await navigator.clipboard.writeText(`${title}\n\n${plainText(getBody())}`);
      toast.success('Đã sao chép nội dung của bạn.');
    } catch {
      toast.error('Trình duyệt không cho sao chép; nội dung của bạn vẫn nằm trong danh sách phiên bản.');
    }
  }
  return (
    <div role="alert" data-testid="conflict-notice" className="space-y-2 rounded border border-red-300 bg-red-50 p-3 text-red-900">
      <p className="font-semibold">{message}</p>
      <div className="flex flex-wrap gap-2">
        <Link href={`/quan-tri/tin-tuc/${articleId}`} target="_blank" rel="noopener" className="rounded bg-brand-700 px-3 py-1.5 font-semibold text-white">
          Mở bản mới nhất trong thẻ mới
        </Link>
        <Button variant="secondary" size="sm" onClick={() => void copyMine()}>
          Sao chép nội dung của tôi
        </Button>
        <Link href={`/quan-tri/tin-tuc/${articleId}/phien-ban`} className="px-2 py-1.5 text-brand-800 underline">
          Xem các phiên bản
        </Link>
      </div>
    </div>
  );
}
