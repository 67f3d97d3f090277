import { ADMIN_PAGE_PERMISSIONS } from './admin-pages';
import type { Permission } from './permissions';

export { ADMIN_PAGE_PERMISSIONS };

function matches(pattern: string, segments: readonly string[]): boolean {
  const parts = pattern.split('/').filter(Boolean);
  if (parts.length !== segments.length) return false;
  return parts.every((part, index) => (part.startsWith('[') ? segments[index] !== '' : part === segments[index]));
}

/**
 * The permission an admin address needs: its page's entry (static segments win over [params]),
 * or the nearest listed ancestor's (an unknown sub-path of a section needs that section's right,
 * and renders 404 for those who hold it); at least 'admin.access'.
 */
export function adminPermissionFor(pathname: string): Permission {
  const segments = pathname.split('/').filter(Boolean);
  for (let length = segments.length; length > 0; length -= 1) {
    const prefix = segments.slice(0, length);
    const candidates = Object.keys(ADMIN_PAGE_PERMISSIONS).filter((pattern) => matches(pattern, prefix));
    // Fewer dynamic segments = more specific ('/quan-tri/tin-tuc/moi' over '/quan-tri/tin-tuc/[id]').
    candidates.sort((a, b) => (a.match(/\[/g)?.length ?? 0) - (b.match(/\[/g)?.length ?? 0));
    const best = candidates[0];
    if (best) return ADMIN_PAGE_PERMISSIONS[best] as Permission;
  }
  return 'admin.access';
}
