import { describe, expect, it } from 'vitest';
import { cacheInvalidationToken } from '@/lib/cache/invalidation-token';
import { invalidatedTags } from '@/test/next-cache-stub';
import { POST } from './route';

process.env.NEXTAUTH_SECRET ??= 'a-test-secret-that-is-long-enough-for-hmac';

function request(body: unknown, token: string | null) {
  return new Request('http://localhost/api/cache/invalidate', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { 'x-cache-token': token } : {}) },
    body: JSON.stringify(body),
  });
}

describe('POST /api/cache/invalidate', () => {
  it('expires the named tags for the holder of the token', async () => {
    invalidatedTags.length = 0;
    const response = await POST(request({ tags: ['videos', 'article:3f1c'] }, cacheInvalidationToken()));
    expect(response.status).toBe(200);
    expect(invalidatedTags).toEqual(['videos', 'article:3f1c']);
  });

  it('refuses a missing or wrong token and invalidates nothing', async () => {
    invalidatedTags.length = 0;
    expect((await POST(request({ tags: ['videos'] }, null))).status).toBe(403);
    expect((await POST(request({ tags: ['videos'] }, 'f'.repeat(64)))).status).toBe(403);
    expect(invalidatedTags).toEqual([]);
  });

  it('refuses malformed tags with a 400', async () => {
    invalidatedTags.length = 0;
    for (const body of [{ tags: [] }, { tags: ['<script>'] }, { tags: 'videos' }, null]) {
      expect((await POST(request(body, cacheInvalidationToken()))).status).toBe(400);
    }
    expect(invalidatedTags).toEqual([]);
  });
});
