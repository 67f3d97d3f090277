// Links the public pages build from stored values (linked websites, menu items, notices) are
// written through validated forms, but rows can also come from imports, restores or a hand edit:
// whatever is stored, only these kinds of address ever reach an href (e2e/security-xss.spec.ts).

const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/** The address when it is a site path (`/…`, not `//…`), an anchor, or http(s)/mailto/tel; else null. */
export function safePublicHref(raw: string): string | null {
  const value = raw.trim();
  if (value === '' || /[\u0000-\u001f\\]/.test(value)) return null;
  if (value.startsWith('#')) return value;
  if (value.startsWith('/')) return value.startsWith('//') ? null : value;
  try {
    return SAFE_PROTOCOLS.has(new URL(value).protocol) ? value : null;
  } catch {
    return null;
  }
}
