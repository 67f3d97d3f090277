import type { Permission } from './permissions';

// The one table of admin pages. Everything else is derived from it: the navigation (entries with
// a `nav` label, in this order), the proxy's page gate (lib/auth/admin-gate.ts answers 403 before
// rendering, since with Cache Components a page's own forbidden() runs after the shell went out
// with status 200) and each page's own check (`requireAdminPage('/quan-tri/…')`). Adding an admin
// page is one entry here; the access-matrix test fails when a page in app/quan-tri has none.

export interface AdminPage {
  /** The route pattern as in app/ ('/quan-tri/tin-tuc/[id]'). */
  path: string;
  permission: Permission;
  /** Label in the admin navigation; pages without one are reached from their section. */
  nav?: string;
}

export const ADMIN_PAGES = [
  { path: '/quan-tri', permission: 'admin.access', nav: 'Tổng quan' },
  { path: '/quan-tri/tin-tuc', permission: 'article.create', nav: 'Tin bài' },
  { path: '/quan-tri/tin-tuc/moi', permission: 'article.create' },
  { path: '/quan-tri/tin-tuc/thung-rac', permission: 'article.restore' },
  { path: '/quan-tri/tin-tuc/[id]', permission: 'article.editOwn' },
  { path: '/quan-tri/tin-tuc/[id]/phien-ban', permission: 'article.editOwn' },
  { path: '/quan-tri/tin-tuc/[id]/xem-truoc', permission: 'article.preview' },
  { path: '/quan-tri/danh-muc', permission: 'category.manage', nav: 'Danh mục' },
  { path: '/quan-tri/the', permission: 'tag.manage', nav: 'Thẻ' },
  { path: '/quan-tri/trang-chu', permission: 'homePage.manage', nav: 'Trang chủ' },
  { path: '/quan-tri/menu', permission: 'menu.manage', nav: 'Menu' },
  { path: '/quan-tri/thu-vien', permission: 'media.manage', nav: 'Thư viện media' },
  { path: '/quan-tri/video', permission: 'video.manage', nav: 'Video' },
  { path: '/quan-tri/video/moi', permission: 'video.manage' },
  { path: '/quan-tri/video/[id]', permission: 'video.manage' },
  { path: '/quan-tri/thu-vien-anh', permission: 'photoAlbum.manage', nav: 'Thư viện ảnh' },
  { path: '/quan-tri/thu-vien-anh/moi', permission: 'photoAlbum.manage' },
  { path: '/quan-tri/thu-vien-anh/[id]', permission: 'photoAlbum.manage' },
  { path: '/quan-tri/ban-do', permission: 'map.manage', nav: 'Bản đồ hành chính' },
  { path: '/quan-tri/ban-do/moi', permission: 'map.manage' },
  { path: '/quan-tri/ban-do/[id]', permission: 'map.manage' },
  { path: '/quan-tri/van-ban', permission: 'legalDocument.manage', nav: 'Văn bản pháp quy' },
  { path: '/quan-tri/van-ban/moi', permission: 'legalDocument.manage' },
  { path: '/quan-tri/van-ban/[id]', permission: 'legalDocument.manage' },
  { path: '/quan-tri/cum-cong-nghiep', permission: 'cluster.manage', nav: 'Cụm công nghiệp' },
  { path: '/quan-tri/cum-cong-nghiep/moi', permission: 'cluster.manage' },
  { path: '/quan-tri/cum-cong-nghiep/[id]', permission: 'cluster.manage' },
  { path: '/quan-tri/du-an', permission: 'project.manage', nav: 'Kế hoạch, dự án' },
  { path: '/quan-tri/du-an/moi', permission: 'project.manage' },
  { path: '/quan-tri/du-an/[id]', permission: 'project.manage' },
  { path: '/quan-tri/thu-tuc', permission: 'procedure.manage', nav: 'Thủ tục hành chính' },
  { path: '/quan-tri/thu-tuc/moi', permission: 'procedure.manage' },
  { path: '/quan-tri/thu-tuc/[id]', permission: 'procedure.manage' },
  { path: '/quan-tri/cong-khai', permission: 'disclosure.manage', nav: 'Công khai thông tin' },
  { path: '/quan-tri/cong-khai/moi', permission: 'disclosure.manage' },
  { path: '/quan-tri/cong-khai/[id]', permission: 'disclosure.manage' },
  { path: '/quan-tri/cong-khai/danh-muc', permission: 'disclosure.manage' },
  { path: '/quan-tri/cong-khai/danh-muc/[id]', permission: 'disclosure.manage' },
  { path: '/quan-tri/xa-phuong', permission: 'commune.manage', nav: 'Xã, phường, đặc khu' },
  { path: '/quan-tri/xa-phuong/[id]', permission: 'commune.manage' },
  { path: '/quan-tri/can-bo', permission: 'official.manage', nav: 'Cán bộ, lãnh đạo' },
  { path: '/quan-tri/co-cau-to-chuc', permission: 'organization.manage', nav: 'Cơ cấu tổ chức' },
  { path: '/quan-tri/lien-he', permission: 'contact.manage', nav: 'Hộp thư liên hệ' },
  { path: '/quan-tri/hoi-dap', permission: 'question.answer', nav: 'Hỏi đáp' },
  { path: '/quan-tri/hoi-dap/[id]', permission: 'question.answer' },
  { path: '/quan-tri/danh-gia', permission: 'feedback.view', nav: 'Đánh giá hài lòng' },
  { path: '/quan-tri/thong-ke', permission: 'stats.view', nav: 'Thống kê truy cập' },
  { path: '/quan-tri/tam-ngung', permission: 'maintenance.manage', nav: 'Thông báo tạm ngừng' },
  { path: '/quan-tri/trang', permission: 'page.manage', nav: 'Trang tĩnh' },
  { path: '/quan-tri/trang/moi', permission: 'page.manage' },
  { path: '/quan-tri/trang/[id]', permission: 'page.manage' },
  { path: '/quan-tri/trang/[id]/phien-ban', permission: 'page.manage' },
  { path: '/quan-tri/website-lien-ket', permission: 'linkedSite.manage', nav: 'Website liên kết' },
  { path: '/quan-tri/nhap-wordpress', permission: 'import.wordpress', nav: 'Nhập từ WordPress' },
  { path: '/quan-tri/chuyen-huong', permission: 'redirect.manage', nav: 'Chuyển hướng' },
  { path: '/quan-tri/nguoi-dung', permission: 'user.manage', nav: 'Người dùng' },
  { path: '/quan-tri/cai-dat', permission: 'settings.manage', nav: 'Cài đặt' },
  { path: '/quan-tri/nhat-ky', permission: 'audit.view', nav: 'Nhật ký' },
  { path: '/quan-tri/hang-doi-thu', permission: 'mail.manage', nav: 'Hàng đợi thư' },
  { path: '/quan-tri/tai-khoan', permission: 'account.changePassword', nav: 'Tài khoản' },
  { path: '/quan-tri/tai-khoan/xac-thuc-hai-buoc', permission: 'account.twoFactor' },
  // Reached from the bell in the admin header.
  { path: '/quan-tri/thong-bao', permission: 'notification.read' },
] as const satisfies readonly AdminPage[];

export type AdminPagePath = (typeof ADMIN_PAGES)[number]['path'];

export interface AdminSection {
  href: string;
  label: string;
  permission: Permission;
}

/** The navigation: every page with a label, in table order. */
export const ADMIN_SECTIONS: readonly AdminSection[] = (ADMIN_PAGES as readonly AdminPage[]).flatMap((page) =>
  page.nav ? [{ href: page.path, label: page.nav, permission: page.permission }] : [],
);

/** Route pattern → permission, for the proxy's gate and the access matrix. */
export const ADMIN_PAGE_PERMISSIONS: Readonly<Record<string, Permission>> = Object.fromEntries(
  (ADMIN_PAGES as readonly AdminPage[]).map((page) => [page.path, page.permission]),
);

export function adminPagePermission(path: AdminPagePath): Permission {
  return ADMIN_PAGE_PERMISSIONS[path] as Permission;
}
