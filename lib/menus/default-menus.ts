// The header and footer menus as they were hard-coded before issue 18: the seed writes them to
// the database (menu_items), and the site shows them while a menu has no items at all.

export interface DefaultMenuItem {
  label: string;
  /** A public section path (MenuItemKind SECTION). */
  href: string;
  /** Sub-items (one level). */
  children?: readonly DefaultMenuItem[];
}

export const DEFAULT_HEADER_MENU: readonly DefaultMenuItem[] = [
  { href: '/', label: 'Trang chủ' },
  {
    href: '/gioi-thieu',
    label: 'Giới thiệu',
    // NĐ 224/2026 Đ9 k1b: history, organisation and leaders (components/site/about-nav.tsx).
    children: [
      { href: '/lich-su-hinh-thanh', label: 'Lịch sử hình thành' },
      { href: '/co-cau-to-chuc', label: 'Cơ cấu tổ chức' },
      { href: '/lanh-dao', label: 'Lãnh đạo' },
    ],
  },
  { href: '/tin-tuc', label: 'Tin tức' },
  { href: '/van-ban', label: 'Văn bản' },
  { href: '/thu-tuc-hanh-chinh', label: 'Thủ tục hành chính' },
  { href: '/cum-cong-nghiep', label: 'Cụm công nghiệp' },
  { href: '/du-an', label: 'Kế hoạch, dự án' },
  { href: '/cong-khai', label: 'Công khai thông tin' },
  { href: '/thu-vien-video', label: 'Thư viện video' },
  { href: '/thu-vien-anh', label: 'Thư viện ảnh' },
  { href: '/ban-do-hanh-chinh', label: 'Bản đồ hành chính' },
  { href: '/hoi-dap', label: 'Hỏi đáp' },
  { href: '/lien-he', label: 'Liên hệ' },
];

export const DEFAULT_FOOTER_MENU: readonly DefaultMenuItem[] = [{ href: '/so-do-trang', label: 'Sơ đồ trang' }];

/**
 * The news section: a header item pointing here with no sub-items of its own lists the news
 * categories under it (as the hard-coded menu did), so a new category needs no menu edit.
 */
export const NEWS_SECTION_PATH = '/tin-tuc';
