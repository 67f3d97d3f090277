import { describe, expect, it } from 'vitest';
import { highlightSnippet, queryTerms } from './highlight';

const marked = (text: string, query: string, length?: number) =>
  highlightSnippet(text, query, length)
    .filter((segment) => segment.match)
    .map((segment) => segment.text);

describe('highlightSnippet', () => {
  it('marks words regardless of case and diacritics, keeping the original text', () => {
    expect(marked('Mục tiêu lớn cho phát triển công nghiệp hỗ trợ', 'muc tieu lon')).toEqual(['Mục', 'tiêu', 'lớn']);
    expect(marked('UBND tỉnh Quảng Ninh đã ban hành', 'QUANG NINH')).toEqual(['Quảng', 'Ninh']);
    expect(marked('Đường dây điện', 'duong dien')).toEqual(['Đường', 'điện']);
  });

  it('keeps HTML in text and query as plain text segments', () => {
    const segments = highlightSnippet('a <b>bold</b> claim', '<b>');
    expect(segments.map((segment) => segment.text).join('')).toBe('a <b>bold</b> claim');
    expect(segments.find((segment) => segment.match)?.text).toBe('b');
  });

  it('centres a long text on the first match', () => {
    const text = `${'mở đầu '.repeat(100)}điểm chính ở đây ${'kết thúc '.repeat(100)}`;
    const segments = highlightSnippet(text, 'diem chinh', 120);
    expect(segments[0]?.text).toBe('… ');
    expect(segments.at(-1)?.text).toBe(' …');
    expect(segments.filter((segment) => segment.match).map((segment) => segment.text)).toEqual(['điểm', 'chính']);
  });

  it('ignores punctuation and metacharacters in the query', () => {
    expect(queryTerms("% _ ' \\ 100%")).toEqual(['100']);
    expect(marked('Không có gì', "%_'\\")).toEqual([]);
  });
});
