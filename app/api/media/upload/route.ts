import { connection, type NextRequest } from 'next/server';
import { requirePermission } from '@/lib/auth/current-user';
import { decodeFileNameHeader } from '@/lib/media/file-name';
import { MediaRejectedError } from '@/lib/media/ingest';
import type { UploadKind } from '@/lib/media/limits';
import { uploadMediaFor } from '@/lib/media/upload';
import { CROSS_ORIGIN_MESSAGE, isSameOriginRequest } from '@/lib/http/request-origin';

// POST the raw file as the request body (not multipart), with X-File-Name (percent-encoded) and
// ?accept=image,video,pdf,office. The body is streamed through the pipeline: a 500 MB MP4 goes to disk
// chunk by chunk and is cut off as soon as it passes the limit.
// Keep this path out of proxy.ts's matcher: a proxy buffers (and truncates) request bodies.

const KINDS: readonly UploadKind[] = ['image', 'video', 'pdf', 'office'];

function json(body: unknown, status: number) {
  return Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } });
}

export async function POST(request: NextRequest) {
  await connection();
  const user = await requirePermission('media.upload');
  // Same-origin only: a cross-site form can't carry the custom header, and a script on another
  // origin gets no CORS permission; this check makes that explicit.
  if (!isSameOriginRequest(request.headers)) return json({ ok: false, error: CROSS_ORIGIN_MESSAGE }, 403);
  if (!request.headers.has('x-file-name') || !request.body) return json({ ok: false, error: 'Chưa chọn tệp để tải lên.' }, 400);

  const accept = (request.nextUrl.searchParams.get('accept') ?? 'image')
    .split(',')
    .filter((kind): kind is UploadKind => (KINDS as readonly string[]).includes(kind));
  if (accept.length === 0) return json({ ok: false, error: 'Loại tệp yêu cầu không hợp lệ.' }, 400);
  const length = request.headers.get('content-length');
  const declaredSize = length && /^\d+$/.test(length) ? Number(length) : null;

  try {
    const item = await uploadMediaFor(user, {
      body: request.body as unknown as AsyncIterable<Uint8Array>,
      originalName: decodeFileNameHeader(request.headers.get('x-file-name')),
      declaredSize,
      accept,
    });
    return json(
      {
        ok: true,
        media: {
          id: item.id,
          url: item.url,
          alt: item.altText,
          width: item.width,
          height: item.height,
          mimeType: item.mimeType,
          originalName: item.originalName,
        },
      },
      201,
    );
  } catch (error) {
    if (error instanceof MediaRejectedError) return json({ ok: false, error: error.message }, error.status);
    throw error;
  }
}
