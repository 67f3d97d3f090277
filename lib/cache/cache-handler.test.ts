import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '@/lib/database/embedded';
import { findRedisServer } from '@/e2e/fixtures/instances';
import { invalidationGeneration, onInvalidation } from './invalidation-bus';

// The 'use cache' handler is the one announcer of content changes (issue 12): each updateTags is
// heard once by this process's listeners and, through Redis, once by every other instance's.

type Handler = {
  get(key: string): Promise<unknown>;
  set(key: string, entry: Promise<unknown>): Promise<void>;
  refreshTags(): Promise<void>;
  updateTags(tags: string[], durations?: { expire?: number }): Promise<void>;
  close?(): Promise<void>;
};
type Announce = (tags: readonly string[]) => void;
// @ts-expect-error plain JavaScript module (Next loads it by path)
const handlers = (await import('./cache-handler.mjs')) as {
  createLocalCacheHandler(options?: { announce?: Announce }): Handler;
  createRedisCacheHandler(url: string, options?: { announce?: Announce }): Handler;
};

const entry = (tags: string[]) =>
  Promise.resolve({
    value: new ReadableStream({ start: (controller) => (controller.enqueue(new Uint8Array([1, 2, 3])), controller.close()) }),
    tags,
    stale: 300,
    timestamp: Date.now(),
    expire: 3600,
    revalidate: 900,
  });

async function until(check: () => boolean, timeoutMs = 2_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('the local cache handler', () => {
  it('announces each tag update once to the listeners on globalThis and bumps the generation', async () => {
    const heard: string[][] = [];
    const stop = onInvalidation((tags) => heard.push([...tags]));
    const before = invalidationGeneration();
    await handlers.createLocalCacheHandler().updateTags(['articles']);
    stop();
    expect(heard).toEqual([['articles']]);
    expect(invalidationGeneration()).toBe(before + 1);
  });
});

describe('the Redis cache handler on two instances', () => {
  let redis: ChildProcess;
  let url = '';
  beforeAll(async () => {
    const port = await freePort();
    redis = spawn(findRedisServer(), ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    url = `redis://127.0.0.1:${port}`;
    await new Promise((resolve) => setTimeout(resolve, 300));
  });
  afterAll(() => {
    redis?.kill('SIGTERM');
  });

  it('an update on A is announced once on A and once on B, and B stops serving the entry at once', async () => {
    const heardA: string[][] = [];
    const heardB: string[][] = [];
    const a = handlers.createRedisCacheHandler(url, { announce: (tags) => heardA.push([...tags]) });
    const b = handlers.createRedisCacheHandler(url, { announce: (tags) => heardB.push([...tags]) });
    try {
      await a.set('k', entry(['article:1']));
      await b.refreshTags();
      expect(await b.get('k')).toBeDefined();
      // Let both subscriptions settle before publishing.
      await new Promise((resolve) => setTimeout(resolve, 200));
      await a.updateTags(['article:1']);
      await until(() => heardB.length > 0);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(heardA).toEqual([['article:1']]);
      expect(heardB).toEqual([['article:1']]);
      // No refreshTags on B: the message itself carried the new tag state.
      expect(await b.get('k')).toBeUndefined();
    } finally {
      await Promise.all([a.close?.(), b.close?.()]);
    }
  });
});
