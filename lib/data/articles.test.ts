import { describe, expect, it } from 'vitest';
import { latestArticles } from './articles';

describe('latestArticles', () => {
  it('returns nothing on an empty database', async () => {
    expect(await latestArticles(5)).toEqual([]);
  });
});
