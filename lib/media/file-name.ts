// The uploader's file name is kept only for display in the library: never as a path or key.

const FALLBACK_NAME = 'tep-tai-len';

/** Strips folders (`../`, `C:\`), control and invisible formatting characters (bidi overrides, zero-width), caps the length. */
export function sanitizeOriginalName(name: string | null | undefined, maxLength = 180): string {
  const normalized = (name ?? '').normalize('NFC');
  const lastSegment = normalized.split(/[/\\]/).pop() ?? '';
  const cleaned = lastSegment
    // Line breaks and tabs become spaces; other control and invisible characters go.
    .replace(/[\t\n\r\v\f\u2028\u2029]+/g, ' ')
    .replace(/[\p{Cc}\p{Cf}]/gu, '')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+/, '')
    .trim();
  const capped = Array.from(cleaned).slice(0, maxLength).join('').trim();
  return capped || FALLBACK_NAME;
}

/** Decodes the X-File-Name header (percent-encoded by the browser so any Unicode survives). */
export function decodeFileNameHeader(value: string | null): string {
  if (!value) return FALLBACK_NAME;
  try {
    return sanitizeOriginalName(decodeURIComponent(value));
  } catch {
    return sanitizeOriginalName(value);
  }
}
