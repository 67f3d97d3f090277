import { diffWords } from 'diff';
import { parseDocument } from './render';

// Issue 18 part 9: what changed between two revisions, word by word (the `diff` package's
// diffWords), for the side-by-side comparison of article and page revisions.

export interface DiffPart {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

/** Long bodies diff in well under this; past it the whole text counts as replaced. */
const DIFF_TIMEOUT_MS = 1500;

export function wordDiff(before: string, after: string): DiffPart[] {
  if (before === after) return before ? [{ kind: 'same', text: before }] : [];
  const changes = diffWords(before, after, { timeout: DIFF_TIMEOUT_MS });
  if (!changes) {
    return [...(before ? [{ kind: 'removed' as const, text: before }] : []), ...(after ? [{ kind: 'added' as const, text: after }] : [])];
  }
  return changes.map((change) => ({ kind: change.added ? 'added' : change.removed ? 'removed' : 'same', text: change.value }));
}

/** A stored body as plain text, one blank line between blocks ('' when it does not parse). */
export function documentText(body: unknown): string {
  try {
    const doc = parseDocument(body);
    return doc.textBetween(0, doc.content.size, '\n\n', ' ').trim();
  } catch {
    return '';
  }
}

export interface ComparableText {
  title: string;
  summary?: string;
  body: unknown;
}

export interface TextComparison {
  title: DiffPart[];
  summary: DiffPart[];
  body: DiffPart[];
  /** Anything differs at all. */
  changed: boolean;
}

export function compareTexts(before: ComparableText, after: ComparableText): TextComparison {
  const title = wordDiff(before.title, after.title);
  const summary = wordDiff(before.summary ?? '', after.summary ?? '');
  const body = wordDiff(documentText(before.body), documentText(after.body));
  const changed = [title, summary, body].some((parts) => parts.some((part) => part.kind !== 'same'));
  return { title, summary, body, changed };
}
