import { buttonClasses } from '@/components/ui/button';
import type { DiffPart, TextComparison } from '@/lib/content/text-diff';

// Issue 18 part 9: two revisions side by side, rendered on the server. The older column shows
// what was deleted (<del>), the newer what was inserted (<ins>); each mark carries a
// visually-hidden label so a screen reader says it, not only the colour or the strike-through.

function Parts({ parts, side }: { parts: DiffPart[]; side: 'before' | 'after' }) {
  return (
    <>
      {parts.map((part, index) => {
        if (part.kind === 'same') return <span key={index}>{part.text}</span>;
        if (part.kind === 'removed' && side === 'before') {
          return (
            <del key={index} className="bg-red-100 text-red-900 decoration-red-700">
              <span className="sr-only">[đã xoá: </span>
              {part.text}
              <span className="sr-only">]</span>
            </del>
          );
        }
        if (part.kind === 'added' && side === 'after') {
          return (
            <ins key={index} className="bg-green-100 text-green-900 no-underline">
              <span className="sr-only">[đã thêm: </span>
              {part.text}
              <span className="sr-only">]</span>
            </ins>
          );
        }
        return null;
      })}
    </>
  );
}

function Column({ comparison, side, heading }: { comparison: TextComparison; side: 'before' | 'after'; heading: string }) {
  return (
    <section aria-label={heading} className="min-w-0 rounded border border-slate-200 bg-white p-4">
      <h3 className="mb-2 text-sm font-semibold uppercase text-slate-600">{heading}</h3>
      <p className="text-xl font-bold">
        <Parts parts={comparison.title} side={side} />
      </p>
      {comparison.summary.length > 0 && (
        <p className="mt-2 font-semibold">
          <Parts parts={comparison.summary} side={side} />
        </p>
      )}
      <div className="mt-3 whitespace-pre-wrap leading-relaxed">
        <Parts parts={comparison.body} side={side} />
      </div>
    </section>
  );
}

export function RevisionDiff({ comparison, beforeLabel, afterLabel }: { comparison: TextComparison; beforeLabel: string; afterLabel: string }) {
  return (
    <div className="space-y-2" data-testid="revision-diff">
      {!comparison.changed && <p role="status">Hai phiên bản có nội dung chữ giống nhau.</p>}
      <div className="grid gap-4 lg:grid-cols-2">
        <Column comparison={comparison} side="before" heading={beforeLabel} />
        <Column comparison={comparison} side="after" heading={afterLabel} />
      </div>
    </div>
  );
}

export interface RevisionOption {
  id: string;
  label: string;
}

/** A GET form choosing the two revisions to compare (works without JavaScript). */
export function RevisionComparePicker({ options, from, to }: { options: RevisionOption[]; from?: string; to?: string }) {
  if (options.length < 2) return null;
  return (
    <form method="get" className="flex flex-wrap items-end gap-3 rounded border border-slate-200 bg-white p-3" aria-label="So sánh hai phiên bản">
      <label className="flex flex-col text-sm">
        Bản cũ
        <select name="tu" defaultValue={from ?? options[1]!.id} className="mt-1 rounded border border-slate-300 px-2 py-1">
          {options.map((option) => (
            <option key={option.id} value={option.id}>
              {option.label}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col text-sm">
        Bản mới
        <select name="den" defaultValue={to ?? options[0]!.id} className="mt-1 rounded border border-slate-300 px-2 py-1">
          {options.map((option) => (
            <option key={option.id} value={option.id}>
              {option.label}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className={buttonClasses('primary', 'sm')}>
        So sánh
      </button>
    </form>
  );
}
