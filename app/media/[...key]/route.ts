import { Readable } from 'node:stream';
import { connection } from 'next/server';
import { servableMediaByKey } from '@/lib/data/media';
import { contentDisposition } from '@/lib/media/disposition';
import { OFFICE_MIME_TYPES } from '@/lib/media/sniff';
import { mediaStorage, type ByteRange } from '@/lib/storage';
import { STORAGE_KEY_PATTERN } from '@/lib/storage/storage';
import { parseRange } from './range';

// Serves uploaded files by their generated storage key (never a name a user chose). Keys are
// unique per upload, so responses are cacheable forever; Range requests let video seek.

interface Context {
  params: Promise<{ key: string[] }>;
}

function notFound(): Response {
  return new Response('Không tìm thấy tệp.', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });
}

async function serve(request: Request, { params }: Context, withBody: boolean): Promise<Response> {
  await connection();
  const key = (await params).key.join('/');
  if (!STORAGE_KEY_PATTERN.test(key) || key.includes('..')) return notFound();
  const media = await servableMediaByKey(key);
  if (!media) return notFound();
  const storage = mediaStorage();
  const info = await storage.stat(key);
  if (!info) return notFound();

  const etag = `"${info.size.toString(16)}-${info.modifiedAt.getTime().toString(16)}"`;
  const headers = new Headers({
    'Content-Type': media.mimeType,
    'X-Content-Type-Options': 'nosniff',
    // An uploaded SVG or HTML-like file can never run script in our origin. PDFs go without the
    // sandbox token: Chromium refuses to show a PDF in a sandboxed document (inline viewer on
    // /van-ban pages); its viewer runs no page script in our origin anyway.
    'Content-Security-Policy':
      media.mimeType === 'application/pdf'
        ? "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'self'"
        : "default-src 'none'; img-src 'self'; media-src 'self'; style-src 'unsafe-inline'; sandbox",
    // Only PDFs may be framed, and only by our own pages (the server's default is DENY).
    ...(media.mimeType === 'application/pdf' ? { 'X-Frame-Options': 'SAMEORIGIN' } : {}),
    'Cache-Control': 'public, max-age=31536000, immutable',
    ETag: etag,
    'Last-Modified': info.modifiedAt.toUTCString(),
    'Accept-Ranges': 'bytes',
  });

  // Word files always download; anything downloads with ?tai-ve=1 (the "Tải về" links).
  const download = OFFICE_MIME_TYPES.includes(media.mimeType) || new URL(request.url).searchParams.has('tai-ve');
  headers.set('Content-Disposition', contentDisposition(download ? 'attachment' : 'inline', media.originalName));

  const ifNoneMatch = request.headers.get('if-none-match');
  if (ifNoneMatch && ifNoneMatch.split(',').some((value) => value.trim() === etag || value.trim() === '*')) {
    return new Response(null, { status: 304, headers });
  }

  let range: ByteRange | undefined;
  const rangeHeader = request.headers.get('range');
  const ifRange = request.headers.get('if-range');
  // A stale If-Range means the client's partial copy is outdated: send the whole file.
  if (rangeHeader && (!ifRange || ifRange === etag)) {
    const parsed = parseRange(rangeHeader, info.size);
    if (parsed === 'unsatisfiable') {
      headers.set('Content-Range', `bytes */${info.size}`);
      return new Response(null, { status: 416, headers });
    }
    range = parsed ?? undefined;
  }

  const length = range ? range.end - range.start + 1 : info.size;
  headers.set('Content-Length', String(length));
  if (range) headers.set('Content-Range', `bytes ${range.start}-${range.end}/${info.size}`);
  const body = withBody && length > 0 ? (Readable.toWeb(storage.read(key, range)) as ReadableStream<Uint8Array>) : null;
  return new Response(body, { status: range ? 206 : 200, headers });
}

export function GET(request: Request, context: Context): Promise<Response> {
  return serve(request, context, true);
}

export function HEAD(request: Request, context: Context): Promise<Response> {
  return serve(request, context, false);
}
