import { formatDateTime } from '@/lib/format/date';
import type { ReviewNote } from '@/lib/data/staff/article-review';

// Issue 18 part 7: the notes editors wrote when returning the article, newest first.
export function ArticleReviewNotes({ notes }: { notes: ReviewNote[] }) {
  if (notes.length === 0) return null;
  return (
    <section aria-labelledby="ghi-chu-duyet" className="rounded border border-amber-300 bg-amber-50 p-3" data-testid="review-notes">
      <h2 id="ghi-chu-duyet" className="font-semibold">
        Ghi chú duyệt bài
      </h2>
      <ol className="mt-2 space-y-2">
        {notes.map((note, index) => (
          <li key={note.id} className={index === 0 ? '' : 'border-t border-amber-200 pt-2 text-slate-700'}>
            <p className="whitespace-pre-line">{note.note}</p>
            <p className="text-sm text-slate-600">
              {note.editorName ?? 'Không rõ'} · {formatDateTime(note.createdAt)}
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
