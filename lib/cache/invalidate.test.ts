import { afterEach, describe, expect, it } from 'vitest';
import { invalidatedTags } from '@/test/next-cache-stub';
import { invalidatePublicContent } from './invalidate';
import { emitInvalidation, onInvalidation } from './invalidation-bus';

describe('invalidatePublicContent', () => {
  afterEach(() => {
    invalidatedTags.length = 0;
  });

  it('expires each tag once and tells the page cache listeners on globalThis', () => {
    const heard: string[][] = [];
    const stop = onInvalidation((tags) => heard.push([...tags]));
    invalidatePublicContent(['articles', 'article:1', 'articles']);
    stop();
    expect(invalidatedTags).toEqual(['articles', 'article:1']);
    expect(heard).toEqual([['articles', 'article:1']]);
    emitInvalidation(['x']);
    expect(heard).toHaveLength(1);
  });

  it('does nothing for an empty list', () => {
    const heard: unknown[] = [];
    const stop = onInvalidation((tags) => heard.push(tags));
    invalidatePublicContent([]);
    stop();
    expect(heard).toEqual([]);
    expect(invalidatedTags).toEqual([]);
  });
});
