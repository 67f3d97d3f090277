// Short Vietnamese answers for requests that can't be understood (malformed addresses, wrong
// methods): always a 4xx, never a stack trace or a 500.

const TEXT_HEADERS = { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } as const;

export const MALFORMED_ADDRESS_MESSAGE = 'Địa chỉ không hợp lệ.';

export function badRequest(message = MALFORMED_ADDRESS_MESSAGE): Response {
  return new Response(message, { status: 400, headers: TEXT_HEADERS });
}

export function notFound(message = 'Không tìm thấy.'): Response {
  return new Response(message, { status: 404, headers: TEXT_HEADERS });
}

export function methodNotAllowed(allow: string): Response {
  return new Response('Phương thức không được hỗ trợ ở địa chỉ này.', { status: 405, headers: { ...TEXT_HEADERS, Allow: allow } });
}

/** decodeURIComponent that answers null instead of throwing on malformed percent-encoding. */
export function safeDecode(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}

/** Whether every %-escape of a raw URL path decodes to valid UTF-8. */
export function hasValidPercentEncoding(rawPath: string): boolean {
  return rawPath.split('/').every((segment) => safeDecode(segment) !== null);
}

/**
 * A request target no page or route can make sense of: a path whose %-escapes don't decode to
 * UTF-8 (`/%zz`, `/media/a%ff`), or a NUL anywhere in path or query (no text column can store
 * it). The production server answers these with 400 before any route sees them.
 */
export function isMalformedRequestTarget(target: string): boolean {
  const queryStart = target.indexOf('?');
  const path = queryStart === -1 ? target : target.slice(0, queryStart);
  if (!hasValidPercentEncoding(path)) return true;
  return target.includes('\u0000') || /%00/i.test(target);
}
