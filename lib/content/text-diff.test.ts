import { describe, expect, it } from 'vitest';
import { compareTexts, documentText, wordDiff } from './text-diff';

const doc = (...paragraphs: string[]) => ({ type: 'doc', content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })) });

describe('wordDiff', () => {
  it('marks an inserted and a removed word, keeping the rest', () => {
    const parts = wordDiff('Cụm công nghiệp Gia Vân', 'Cụm công nghiệp mới Gia Viễn');
    expect(parts.filter((part) => part.kind === 'added').map((part) => part.text.trim())).toEqual(['mới', 'Viễn']);
    expect(parts.filter((part) => part.kind === 'removed').map((part) => part.text.trim())).toEqual(['Vân']);
    expect(
      parts
        .filter((part) => part.kind !== 'added')
        .map((part) => part.text)
        .join(''),
    ).toBe('Cụm công nghiệp Gia Vân');
    expect(
      parts
        .filter((part) => part.kind !== 'removed')
        .map((part) => part.text)
        .join(''),
    ).toBe('Cụm công nghiệp mới Gia Viễn');
  });

  it('gives nothing for two empty texts and one unchanged part for equal ones', () => {
    expect(wordDiff('', '')).toEqual([]);
    expect(wordDiff('giống nhau', 'giống nhau')).toEqual([{ kind: 'same', text: 'giống nhau' }]);
  });
});

describe('compareTexts', () => {
  it('compares title, summary and the body as text, paragraph breaks kept', () => {
    const result = compareTexts({ title: 'A', summary: 'Tóm tắt', body: doc('Một', 'Hai') }, { title: 'A', summary: 'Tóm tắt', body: doc('Một', 'Hai', 'Ba') });
    expect(result.changed).toBe(true);
    expect(result.title).toEqual([{ kind: 'same', text: 'A' }]);
    expect(result.body.find((part) => part.kind === 'added')?.text).toContain('Ba');
    expect(documentText(doc('Một', 'Hai'))).toBe('Một\n\nHai');
  });

  it('treats an unreadable body as empty instead of failing', () => {
    expect(documentText({ type: 'khong-phai-doc' })).toBe('');
    expect(compareTexts({ title: 'x', body: null }, { title: 'x', body: null }).changed).toBe(false);
  });
});
