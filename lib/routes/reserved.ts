// Top-level addresses that belong to routes of their own (portal sections, admin, sign-in,
// files, APIs): a static page can never take one, and the proxy never treats one as a page.
export const RESERVED_TOP_LEVEL: ReadonlySet<string> = new Set([
  'tin-tuc',
  'thu-vien-video',
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
  'khong-tim-thay',
  // Decree 42/2022/NĐ-CP sections ("lien-he" stays a Page slug: see PAGE_BACKED_SECTIONS).
  'van-ban',
  'cum-cong-nghiep',
  'du-an',
  // Issue 16: Hỏi đáp.
  'hoi-dap',
  'en',
]);
