import { highlightSnippet } from './highlight';

export function HighlightedText({ text, query, length }: { text: string; query: string; length?: number }) {
  return (
    <>
      {highlightSnippet(text, query, length).map((segment, index) =>
        segment.match ? (
          <mark key={index} className="rounded-sm bg-amber-200 px-0.5 text-slate-900">
            {segment.text}
          </mark>
        ) : (
          segment.text
        ),
      )}
    </>
  );
}
