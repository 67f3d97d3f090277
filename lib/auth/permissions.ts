// The permission registry: every protected action names one entry, and only the roles listed
// may perform it. Server actions, route handlers and admin pages all check through it, and the
// access-control tests enumerate it.

export type Role = 'ADMIN' | 'EDITOR' | 'AUTHOR';
export const ROLES: readonly Role[] = ['ADMIN', 'EDITOR', 'AUTHOR'];

const STAFF: readonly Role[] = ['ADMIN', 'EDITOR', 'AUTHOR'];
const EDITORS: readonly Role[] = ['ADMIN', 'EDITOR'];
const ADMINS: readonly Role[] = ['ADMIN'];

export const PERMISSIONS = {
  'admin.access': STAFF,
  'account.changePassword': STAFF,

  // Authors act on their own articles only; the DAL scopes those writes by author id.
  'article.create': STAFF,
  'article.editOwn': STAFF,
  'article.submitForReview': STAFF,
  'article.editAny': EDITORS,
  'article.publish': EDITORS,
  'article.schedule': EDITORS,
  'article.unpublish': EDITORS,
  'article.archive': EDITORS,
  'article.trash': EDITORS,
  'article.restore': EDITORS,
  'article.purge': ADMINS,
  'article.preview': STAFF,
  // Issue 18: returning an article under review to its author, with a note.
  'article.review': EDITORS,

  'category.manage': EDITORS,
  'media.upload': STAFF,
  'media.manage': EDITORS,
  'video.manage': EDITORS,
  // Issue 18 part 8: photo albums (like videos, not authors'; authors may still place a
  // published album in their article).
  'photoAlbum.manage': EDITORS,
  'map.manage': EDITORS,

  // Content the portal must publish: NĐ 224/2026/NĐ-CP Đ9 (replacing NĐ 42/2022/NĐ-CP from
  // 01/07/2026) and Luật Tiếp cận thông tin 2016 Đ19 (see README "Legal basis").
  'legalDocument.manage': EDITORS,
  'cluster.manage': EDITORS,
  'project.manage': EDITORS,
  'official.manage': EDITORS,
  'contact.manage': EDITORS,
  // Administrative procedures for investors (NĐ 224/2026 Đ9 k1a; Luật TCTT Đ19 k1).
  'procedure.manage': EDITORS,
  // Public disclosure and its catalog (Luật TCTT Đ19 k1).
  'disclosure.manage': EDITORS,
  // Xã, phường, đặc khu since 01/07/2025 (clusters, projects and contacts point to one).
  'commune.manage': EDITORS,
  // The province outline of the cluster map (replaced by an official GeoJSON boundary).
  'provinceBoundary.manage': ADMINS,
  // History, organisation chart and leaders' profiles (NĐ 224/2026 Đ9 k1b).
  'organization.manage': EDITORS,

  // Issue 16: answering the public's questions, reader feedback and visit statistics.
  'question.answer': EDITORS,
  'feedback.view': EDITORS,
  'stats.view': EDITORS,
  'stats.manage': ADMINS,
  'maintenance.manage': ADMINS,

  'linkedSite.manage': ADMINS,
  'page.manage': ADMINS,
  'user.manage': ADMINS,
  'settings.manage': ADMINS,
  'audit.view': ADMINS,
  // Issue 17: the outbound mail queue (its messages may hold sign-in links: admins only).
  'mail.manage': ADMINS,
  // Issue 18 (newsroom taxonomy): tags, the home page's pinned articles, notices and blocks, menus.
  'tag.manage': EDITORS,
  'homePage.manage': EDITORS,
  'menu.manage': ADMINS,
  // Issue 17: each staff member's own second factor, sessions and notifications.
  'account.twoFactor': STAFF,
  'account.sessions': STAFF,
  'notification.read': STAFF,
  // Issue 18: imports from WordPress (they write articles, pages, media and redirects at once)
  // and the redirect table.
  'import.wordpress': ADMINS,
  'redirect.manage': ADMINS,
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}

export const ROLE_LABELS: Record<Role, string> = {
  ADMIN: 'Quản trị viên',
  EDITOR: 'Biên tập viên',
  AUTHOR: 'Tác giả',
};
