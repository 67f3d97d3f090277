'use client';

import { useId, useState, useTransition, type MouseEvent } from 'react';
import { useRouter } from 'next/navigation';
import { Button } from '@/components/ui/button';
import { useToast } from '@/components/ui/toast';
import { returnToAuthorAction } from '@/lib/actions/article-review';

// Issue 18 part 7: an editor returns an article under review to its author with a note (a
// textarea and a plain button: it sits inside the article form).
export function ArticleReturnToAuthor({ articleId }: { articleId: string }) {
  const toast = useToast();
  const router = useRouter();
  const uid = useId();
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [pending, startTransition] = useTransition();

  function submit(event: MouseEvent) {
    event.preventDefault();
    startTransition(async () => {
      const result = await returnToAuthorAction({ id: articleId, note });
      if (!result.ok) {
        setError(result.message);
        return void toast.error(result.message);
      }
      toast.success(result.message);
      router.refresh();
    });
  }

  const errorId = `${uid}-error`;
  return (
    <div className="w-full space-y-1">
      <label htmlFor={`${uid}-note`} className="block text-sm font-semibold text-slate-800">
        Ghi chú cho tác giả (bắt buộc khi trả lại)
      </label>
      <textarea
        id={`${uid}-note`}
        rows={3}
        maxLength={2000}
        value={note}
        onChange={(event) => setNote(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        className="w-full rounded border border-slate-300 px-2 py-1 text-sm"
      />
      {error && (
        <p id={errorId} className="text-sm font-medium text-red-700">
          {error}
        </p>
      )}
      <Button size="sm" variant="secondary" pending={pending} onClick={submit}>
        Trả lại tác giả
      </Button>
    </div>
  );
}
