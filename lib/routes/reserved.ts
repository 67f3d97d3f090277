// Top-level addresses that belong to routes of their own (portal sections, admin, sign-in,
// files, APIs): a static page can never take one, and the proxy never treats one as a page.
export const RESERVED_TOP_LEVEL: ReadonlySet<string> = new Set([
  'tin-tuc',
  'thu-vien-video',
  // Issue 18 part 8: Thư viện ảnh.
  'thu-vien-anh',
  'ban-do-hanh-chinh',
  'tim-kiem',
  'quan-tri',
  'quan-tri-khong-co-quyen',
  'dang-nhap',
  'dang-xuat',
  'api',
  'media',
  'rss.xml',
  'sitemap.xml',
  'robots.txt',
  // The default share image of pages without one (lib/share/default-share-image.ts).
  'anh-chia-se.png',
  // The site icon (app/icon.svg, Next's file convention); browsers ask for it on every page.
  'icon.svg',
  'khong-tim-thay',
  // Sections required by NĐ 224/2026/NĐ-CP and Luật Tiếp cận thông tin ("lien-he" stays a Page slug: see PAGE_BACKED_SECTIONS).
  'van-ban',
  'cum-cong-nghiep',
  'du-an',
  // Issue 16: Hỏi đáp.
  'hoi-dap',
  'en',
  // Issue 15: current law (NĐ 224/2026 Đ9 k1a administrative procedures).
  'thu-tuc-hanh-chinh',
  // Luật Tiếp cận thông tin Đ19 k1: public disclosure.
  'cong-khai',
  // The HTML sitemap.
  'so-do-trang',
]);

/**
 * The reserved names that are themselves an address with a page or route (`/tin-tuc`,
 * `/robots.txt`…). The others (`/api`, `/media`, `/khong-tim-thay`) only prefix deeper routes:
 * alone they are unknown addresses and answer 404. A test checks this list against app/.
 */
export const TOP_LEVEL_ROUTES: ReadonlySet<string> = new Set(
  [...RESERVED_TOP_LEVEL].filter((name) => !['api', 'media', 'khong-tim-thay', 'dang-xuat'].includes(name)),
);
