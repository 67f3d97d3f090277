import type { Permission } from './permissions';

// Every admin page (app/quan-tri/**/page.tsx, as its route pattern) and the permission it needs.
// proxy.ts answers 403 from this table BEFORE rendering (with Cache Components a page's own
// forbidden() runs after the shell went out with status 200); each page still checks the same
// permission itself. The access-control test fails when a page is missing here or disagrees.

export const ADMIN_PAGE_PERMISSIONS: Readonly<Record<string, Permission>> = {
  '/quan-tri': 'admin.access',
  '/quan-tri/tai-khoan': 'account.changePassword',
  '/quan-tri/tin-tuc': 'article.create',
  '/quan-tri/tin-tuc/moi': 'article.create',
  '/quan-tri/tin-tuc/thung-rac': 'article.restore',
  '/quan-tri/tin-tuc/[id]': 'article.editOwn',
  '/quan-tri/tin-tuc/[id]/phien-ban': 'article.editOwn',
  '/quan-tri/tin-tuc/[id]/xem-truoc': 'article.preview',
  '/quan-tri/danh-muc': 'category.manage',
  '/quan-tri/thu-vien': 'media.manage',
  '/quan-tri/video': 'video.manage',
  '/quan-tri/video/moi': 'video.manage',
  '/quan-tri/video/[id]': 'video.manage',
  '/quan-tri/ban-do': 'map.manage',
  '/quan-tri/ban-do/moi': 'map.manage',
  '/quan-tri/ban-do/[id]': 'map.manage',
  '/quan-tri/trang': 'page.manage',
  '/quan-tri/trang/moi': 'page.manage',
  '/quan-tri/trang/[id]': 'page.manage',
  '/quan-tri/website-lien-ket': 'linkedSite.manage',
  '/quan-tri/nguoi-dung': 'user.manage',
  '/quan-tri/cai-dat': 'settings.manage',
  '/quan-tri/nhat-ky': 'audit.view',
  '/quan-tri/van-ban': 'legalDocument.manage',
  '/quan-tri/van-ban/moi': 'legalDocument.manage',
  '/quan-tri/van-ban/[id]': 'legalDocument.manage',
  '/quan-tri/cum-cong-nghiep': 'cluster.manage',
  '/quan-tri/cum-cong-nghiep/moi': 'cluster.manage',
  '/quan-tri/cum-cong-nghiep/[id]': 'cluster.manage',
  '/quan-tri/du-an': 'project.manage',
  '/quan-tri/du-an/moi': 'project.manage',
  '/quan-tri/du-an/[id]': 'project.manage',
  '/quan-tri/can-bo': 'official.manage',
  '/quan-tri/lien-he': 'contact.manage',
};

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
