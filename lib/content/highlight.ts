import { removeDiacritics } from '@/lib/content/slugify';

// Finds the query's words in a text regardless of case and Vietnamese diacritics, and returns
// the text as plain segments (some marked). Rendering them as React text escapes everything; no
// HTML string is ever built from the query.

export interface Segment {
  text: string;
  match: boolean;
}

function foldUncached(character: string): string {
  const folded = removeDiacritics(character).toLowerCase();
  // Vietnamese letters fold to one character; anything else keeps its length so indexes line up.
  return folded.length === character.length ? folded : character.toLowerCase().slice(0, character.length).padEnd(character.length, ' ');
}

// Texts are folded one character at a time (up to 20,000 per search result): remember each
// character's fold instead of normalizing it again (that was most of a search page's CPU time).
const folds = new Map<string, string>();

function fold(character: string): string {
  let folded = folds.get(character);
  if (folded === undefined) {
    folded = foldUncached(character);
    if (folds.size < 4096) folds.set(character, folded);
  }
  return folded;
}

export function queryTerms(query: string): string[] {
  const words = removeDiacritics(query.normalize('NFC'))
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
  return [...new Set(words)].sort((a, b) => b.length - a.length).slice(0, 20);
}

function matchRanges(folded: string, terms: string[]): [number, number][] {
  const ranges: [number, number][] = [];
  for (const term of terms) {
    let from = 0;
    for (;;) {
      const index = folded.indexOf(term, from);
      if (index < 0) break;
      const before = index === 0 ? '' : (folded[index - 1] ?? '');
      const startsWord = !/[\p{L}\p{N}]/u.test(before);
      if (startsWord) ranges.push([index, index + term.length]);
      from = index + term.length;
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  return merged;
}

/** Text around the first match (about `length` characters), split into marked segments. */
export function highlightSnippet(text: string, query: string, length = 240): Segment[] {
  const source = text.normalize('NFC');
  const folded = Array.from(source, fold).join('');
  const ranges = matchRanges(folded, queryTerms(query));
  const firstMatch = ranges[0]?.[0] ?? 0;
  let start = Math.max(0, firstMatch - Math.floor(length / 3));
  if (start > 0) {
    const space = source.indexOf(' ', start);
    if (space >= 0 && space < firstMatch) start = space + 1;
  }
  let end = Math.min(source.length, start + length);
  if (end < source.length) {
    const space = source.lastIndexOf(' ', end);
    if (space > start) end = space;
  }
  const segments: Segment[] = [];
  if (start > 0) segments.push({ text: '… ', match: false });
  let cursor = start;
  for (const [from, to] of ranges) {
    if (to <= start || from >= end) continue;
    const a = Math.max(from, start);
    const b = Math.min(to, end);
    if (a > cursor) segments.push({ text: source.slice(cursor, a), match: false });
    segments.push({ text: source.slice(a, b), match: true });
    cursor = b;
  }
  if (cursor < end) segments.push({ text: source.slice(cursor, end), match: false });
  if (end < source.length) segments.push({ text: ' …', match: false });
  return segments;
}
