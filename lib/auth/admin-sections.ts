import type { Permission } from './permissions';

// The admin's sections and the permission each needs: the nav shows a section only to roles
// that hold it, and each section's page checks the same permission with requirePermission().

export interface AdminSection {
  href: string;
  label: string;
  permission: Permission;
}

export const ADMIN_SECTIONS: readonly AdminSection[] = [
  { href: '/quan-tri', label: 'Tổng quan', permission: 'admin.access' },
  { href: '/quan-tri/tin-tuc', label: 'Tin bài', permission: 'article.create' },
  { href: '/quan-tri/danh-muc', label: 'Danh mục', permission: 'category.manage' },
  { href: '/quan-tri/thu-vien', label: 'Thư viện media', permission: 'media.manage' },
  { href: '/quan-tri/video', label: 'Video', permission: 'video.manage' },
  { href: '/quan-tri/ban-do', label: 'Bản đồ hành chính', permission: 'map.manage' },
  { href: '/quan-tri/van-ban', label: 'Văn bản pháp quy', permission: 'legalDocument.manage' },
  { href: '/quan-tri/cum-cong-nghiep', label: 'Cụm công nghiệp', permission: 'cluster.manage' },
  { href: '/quan-tri/du-an', label: 'Kế hoạch, dự án', permission: 'project.manage' },
  { href: '/quan-tri/can-bo', label: 'Cán bộ đầu mối', permission: 'official.manage' },
  { href: '/quan-tri/lien-he', label: 'Hộp thư liên hệ', permission: 'contact.manage' },
  { href: '/quan-tri/trang', label: 'Trang tĩnh', permission: 'page.manage' },
  { href: '/quan-tri/website-lien-ket', label: 'Website liên kết', permission: 'linkedSite.manage' },
  { href: '/quan-tri/nguoi-dung', label: 'Người dùng', permission: 'user.manage' },
  { href: '/quan-tri/cai-dat', label: 'Cài đặt', permission: 'settings.manage' },
  { href: '/quan-tri/nhat-ky', label: 'Nhật ký', permission: 'audit.view' },
  { href: '/quan-tri/tai-khoan', label: 'Tài khoản', permission: 'account.changePassword' },
];
