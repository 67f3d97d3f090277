import { describe, expect, it } from 'vitest';
import { ResponseCache, type CachedResponse } from './response-cache';

const entry = (bytes: number, storedAt = 0): CachedResponse => ({ status: 200, headers: {}, body: Buffer.alloc(bytes), storedAt });

describe('ResponseCache', () => {
  it('evicts the least recently used entries beyond its byte budget', () => {
    const cache = new ResponseCache({ maxBytes: 1_000, maxAgeMs: 0, now: () => 0 });
    cache.set('/a', entry(300));
    cache.set('/b', entry(300));
    cache.get('/a');
    cache.set('/c', entry(300));
    expect(cache.get('/b')).toBeUndefined();
    expect(cache.get('/a')).toBeDefined();
    expect(cache.get('/c')).toBeDefined();
    expect(cache.totalBytes).toBeLessThanOrEqual(1_000);
    cache.set('/huge', entry(5_000));
    expect(cache.get('/huge')).toBeUndefined();
  });

  it('stops serving entries past their maximum age, but keeps them for outages', () => {
    let now = 0;
    const cache = new ResponseCache({ maxBytes: 10_000, maxAgeMs: 60_000, now: () => now });
    cache.set('/', entry(10, 0));
    now = 59_000;
    expect(cache.get('/')).toBeDefined();
    now = 61_000;
    expect(cache.get('/')).toBeUndefined();
    expect(cache.getStale('/')).toBeDefined();
  });

  it('lookup tells aged entries (servable while re-rendering) from fresh ones, and hides invalidated ones', () => {
    let now = 0;
    const cache = new ResponseCache({ maxBytes: 10_000, maxAgeMs: 60_000, now: () => now });
    cache.set('/', entry(10, 0));
    expect(cache.lookup('/')?.state).toBe('fresh');
    now = 61_000;
    expect(cache.lookup('/')?.state).toBe('aged');
    cache.expireAll();
    expect(cache.lookup('/')).toBeUndefined();
  });

  it('expireAll makes every entry stale at once', () => {
    const cache = new ResponseCache({ maxBytes: 10_000, maxAgeMs: 0 });
    cache.set('/', entry(10, Date.now()));
    cache.expireAll();
    expect(cache.get('/')).toBeUndefined();
    expect(cache.getStale('/')?.status).toBe(200);
  });
});
