import { afterEach, describe, expect, it } from 'vitest';
import { invalidatedTags } from '@/test/next-cache-stub';
import { invalidatePublicContent } from './invalidate';
import { invalidationGeneration, onInvalidation } from './invalidation-bus';

describe('invalidatePublicContent', () => {
  afterEach(() => {
    invalidatedTags.length = 0;
  });

  it('expires each tag once through Next, and announces nothing itself (the cache handler does, once)', () => {
    const heard: string[][] = [];
    const stop = onInvalidation((tags) => heard.push([...tags]));
    const before = invalidationGeneration();
    invalidatePublicContent(['articles', 'article:1', 'articles']);
    stop();
    expect(invalidatedTags).toEqual(['articles', 'article:1']);
    expect(heard).toEqual([]);
    expect(invalidationGeneration()).toBe(before);
  });

  it('does nothing for an empty list', () => {
    invalidatePublicContent([]);
    expect(invalidatedTags).toEqual([]);
  });
});
