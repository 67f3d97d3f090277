import { z } from 'zod';
import { invalidatePublicContent } from '@/lib/cache/invalidate';
import { isCacheInvalidationToken } from '@/lib/cache/invalidation-token';
import { crossOriginResponse, isSameOriginRequest } from '@/lib/http/request-origin';

// POST { "tags": ["videos", "article:<id>"] } with header x-cache-token (lib/cache/invalidation-token.ts):
// expires those cache tags and the full-page cache, as a server action's change would.
const bodySchema = z.object({
  tags: z
    .array(z.string().regex(/^[a-z][a-z-]*(:[a-z0-9-]{1,200})?$/, 'Thẻ bộ nhớ đệm không hợp lệ.'))
    .min(1)
    .max(100),
});

export async function POST(request: Request): Promise<Response> {
  if (!isSameOriginRequest(request.headers)) return crossOriginResponse();
  if (!isCacheInvalidationToken(request.headers.get('x-cache-token'))) return new Response(null, { status: 403 });
  const parsed = bodySchema.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return Response.json({ ok: false, errors: z.flattenError(parsed.error).fieldErrors }, { status: 400 });
  invalidatePublicContent(parsed.data.tags, { from: 'route' });
  return Response.json({ ok: true, invalidated: parsed.data.tags.length });
}
