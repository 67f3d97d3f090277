import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { createTestUser, type TestUser } from '@/test/act-as';
import { withTemporaryUploadDir } from '@/test/upload-dir';
import { importWordpress, undoImportRun } from './wordpress-import';

const FIXTURES = path.resolve(import.meta.dirname, '../../../test/fixtures/wordpress');
const MEDIA_DIR = path.join(FIXTURES, 'uploads');
const uploadDir = withTemporaryUploadDir('wp-import');

let admin: TestUser;
let editor: TestUser;
let xml: string;

/** Every row an import can touch, to prove that a second run or a refusal changes nothing. */
async function contentSnapshot() {
  const [articles, pages, categories, media, redirects, revisions] = await Promise.all([
    prisma.article.findMany({ orderBy: { slug: 'asc' }, select: { id: true, slug: true, title: true, updatedAt: true, bodyHtml: true } }),
    prisma.page.findMany({ orderBy: { slug: 'asc' }, select: { id: true, slug: true, updatedAt: true } }),
    prisma.category.findMany({ orderBy: { slug: 'asc' }, select: { id: true, slug: true, name: true } }),
    prisma.media.findMany({ orderBy: { storageKey: 'asc' }, select: { id: true, storageKey: true } }),
    prisma.redirect.findMany({ orderBy: { fromPath: 'asc' }, select: { fromPath: true, toPath: true } }),
    prisma.articleRevision.count(),
  ]);
  return { articles, pages, categories, media, redirects, revisions };
}

beforeAll(async () => {
  admin = await createTestUser('ADMIN');
  // The export's author "bientap" has this email: their posts go to this staff account.
  editor = await createTestUser('EDITOR', { email: 'wp-bientap@ccn.example.vn', name: 'Biên tập viên Hà' });
  xml = await readFile(path.join(FIXTURES, 'ccn-cu.xml'), 'utf8');
});

describe('importWordpress (ccn-cu.xml, WordPress 6 export)', () => {
  it('imports posts, a page, categories and images, maps authors, and reports what it could not keep', async () => {
    const result = await importWordpress(xml, admin, { fileName: 'ccn-cu.xml', mediaDir: MEDIA_DIR, fetchRemote: false });
    if (!result.ok) throw new Error(result.message);
    const { report } = result;
    expect(report.created).toEqual({ posts: 3, pages: 1, categories: 2, tags: 2, media: 2, redirects: expect.any(Number) });
    expect(report.skipped).toEqual({ nav_menu_item: 1 });

    const published = await prisma.article.findUniqueOrThrow({
      where: { slug: 'le-khoi-cong-cum-cong-nghiep-gia-vien' },
      include: { category: true, coverMedia: true },
    });
    expect(published.title).toBe('Lễ khởi công Cụm công nghiệp Gia Viễn – giai đoạn 2');
    expect(published.status).toBe('PUBLISHED');
    // post_date_gmt 2023-05-15 03:30:00 (10:30 in Hà Nội).
    expect(published.publishedAt?.toISOString()).toBe('2023-05-15T03:30:00.000Z');
    expect(published.authorId).toBe(editor.id);
    expect(published.byline).toBe('');
    expect(published.category?.slug).toBe('tin-hoat-dong');
    const tags = await prisma.articleTag.findMany({
      where: { articleId: published.id },
      orderBy: { position: 'asc' },
      select: { tag: { select: { name: true, slug: true } } },
    });
    expect(tags.map((row) => row.tag)).toEqual([
      { name: 'Cụm công nghiệp', slug: 'cum-cong-nghiep' },
      { name: 'Đầu tư', slug: 'dau-tu' },
    ]);
    expect(published.summary).toBe('Giai đoạn 2 Cụm công nghiệp Gia Viễn được khởi công với tổng vốn 350 tỷ đồng.');
    // The featured image went through the media pipeline: stored file plus AVIF/WebP variants.
    expect(published.coverMedia?.altText).toBe('Lễ khởi công cụm công nghiệp Gia Viễn');
    const variants = published.coverMedia?.variants as { format: string; key: string }[];
    expect(new Set(variants.map((variant) => variant.format))).toEqual(new Set(['avif', 'webp']));
    expect(existsSync(path.join(uploadDir(), published.coverMedia!.storageKey))).toBe(true);

    // The body: the same sanitizer and schema as typed content.
    const html = published.bodyHtml;
    expect(html).toContain('<strong>lễ khởi công</strong>');
    expect(html).toContain('<h2>Quy mô dự án</h2>');
    expect(html).toContain(`src="/media/${published.coverMedia!.storageKey}"`);
    expect(html).toContain('<figcaption>Các đại biểu thực hiện nghi thức khởi công.</figcaption>');
    expect(html).toContain('https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ');
    expect(html).toContain('href="https://twitter.com/ninhbinh/status/123456"');
    expect(html).not.toMatch(/<script|alert|javascript:|contact-form-7|ccn-cu\.example\.invalid\/wp-content/);
    const first = report.items.find((item) => item.newUrl === '/tin-tuc/le-khoi-cong-cum-cong-nghiep-gia-vien');
    expect(first?.notes).toEqual([
      'Nội dung nhúng không hỗ trợ, giữ lại thành liên kết: https://twitter.com/ninhbinh/status/123456',
      'Mã rút gọn [contact-form-7] không được hỗ trợ: đã bỏ.',
      'Thẻ <script> không được phép: đã bỏ.',
      'Liên kết không an toàn đã bị gỡ (giữ chữ): javascript:alert(1)',
    ]);

    // Classic content: paragraphs from blank lines, [caption] and [gallery] as figures, a missing image reported.
    const classic = await prisma.article.findUniqueOrThrow({ where: { slug: 'thong-bao-moi-thau-san-lap' }, include: { category: true } });
    expect(classic.bodyHtml).toContain('<p>Hồ sơ mời thầu phát hành từ ngày 02/6/2023.<br />Địa chỉ');
    expect(classic.bodyHtml).toContain('<figcaption>Sơ đồ phân lô cụm công nghiệp</figcaption>');
    expect(classic.bodyHtml).toContain('<figcaption>Lãnh đạo tỉnh cắt băng khởi công</figcaption>');
    expect(classic.bodyHtml).toContain('<h3>Liên hệ</h3>');
    expect(classic.bodyHtml).toContain('youtube-nocookie.com/embed/aqz-KE-bpKQ');
    expect(classic.bodyHtml).not.toMatch(/maps\.google|anh-da-mat|\[gallery/);
    // No GMT date: post_date is read in Asia/Ho_Chi_Minh (00:30 on 02/06 there).
    expect(classic.publishedAt?.toISOString()).toBe('2023-06-01T17:30:00.000Z');
    // An author without a staff account becomes the byline of an article owned by the importer.
    expect(classic.authorId).toBe(admin.id);
    expect(classic.byline).toBe('Nguyễn Thị Hương');
    expect(classic.category).toMatchObject({ slug: 'thong-bao-moi-thau', name: 'Thông báo & mời thầu' });
    expect(report.missingMedia).toEqual([
      { url: 'https://ccn-cu.example.invalid/wp-content/uploads/2023/05/anh-da-mat.jpg', reason: 'không có trong thư mục ảnh' },
    ]);
    expect(report.bylines).toEqual(['Nguyễn Thị Hương']);

    const draft = await prisma.article.findFirstOrThrow({ where: { title: 'Bản nháp: kế hoạch xúc tiến đầu tư 2024' } });
    expect(draft).toMatchObject({ status: 'DRAFT', publishedAt: null, slug: 'ban-nhap-ke-hoach-xuc-tien-dau-tu-2024' });

    const page = await prisma.page.findUniqueOrThrow({ where: { slug: 'lich-su-hinh-thanh' } });
    expect(page).toMatchObject({ title: 'Lịch sử hình thành Trung tâm', published: true, locale: 'vi' });
    expect(page.bodyHtml).toMatch(/<img src="\/media\/images\/[^"]+"/);

    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: 'import.wordpress', entityId: result.runId } });
    expect(audit.actorId).toBe(admin.id);
  });

  it('records the old addresses as redirects to the new ones', async () => {
    const redirects = Object.fromEntries((await prisma.redirect.findMany()).map((row) => [row.fromPath, row.toPath]));
    expect(redirects).toMatchObject({
      '/?p=101': '/tin-tuc/le-khoi-cong-cum-cong-nghiep-gia-vien',
      '/2023/05/le-khoi-cong-cum-cong-nghiep-gia-vien': '/tin-tuc/le-khoi-cong-cum-cong-nghiep-gia-vien',
      '/2023/05/15/le-khoi-cong-cum-cong-nghiep-gia-vien': '/tin-tuc/le-khoi-cong-cum-cong-nghiep-gia-vien',
      '/le-khoi-cong-cum-cong-nghiep-gia-vien': '/tin-tuc/le-khoi-cong-cum-cong-nghiep-gia-vien',
      // The month in Vietnam's time: 00:30 on 2 June there, still 1 June in UTC.
      '/2023/06/thong-bao-moi-thau-san-lap': '/tin-tuc/thong-bao-moi-thau-san-lap',
      '/?page_id=201': '/lich-su-hinh-thanh',
      '/category/tin-hoat-dong': '/tin-tuc/danh-muc/tin-hoat-dong',
      '/category/tin-hoat-dong/thong-bao-moi-thau': '/tin-tuc/danh-muc/thong-bao-moi-thau',
      '/category/thong-bao-moi-thau': '/tin-tuc/danh-muc/thong-bao-moi-thau',
      '/tag/dau-tu': '/tin-tuc/the/dau-tu',
      '/tag/cum-cong-nghiep': '/tin-tuc/the/cum-cong-nghiep',
    });
    expect(redirects['/2023/06/02/thong-bao-moi-thau-san-lap']).toBe('/tin-tuc/thong-bao-moi-thau-san-lap');
  });

  it('changes nothing when the same file is imported again', async () => {
    const before = await contentSnapshot();
    const files = (await import('node:fs/promises')).readdir(uploadDir(), { recursive: true });
    const result = await importWordpress(xml, admin, { fileName: 'ccn-cu.xml', mediaDir: MEDIA_DIR, fetchRemote: false });
    if (!result.ok) throw new Error(result.message);
    expect(result.report.created).toEqual({ posts: 0, pages: 0, categories: 0, tags: 0, media: 0, redirects: 0 });
    expect(result.report.unchanged).toBe(4);
    expect(await contentSnapshot()).toEqual(before);
    expect(await (await import('node:fs/promises')).readdir(uploadDir(), { recursive: true })).toEqual(await files);
  });

  it('refuses a file that is not a WordPress export, with a Vietnamese message, and changes nothing', async () => {
    const before = await contentSnapshot();
    const runs = await prisma.importRun.count();
    for (const bad of ['<html><body>Không phải WXR</body></html>', '<rss><channel><title>RSS thường</title></channel></rss>', 'not xml <<<']) {
      const result = await importWordpress(bad, admin, { fileName: 'sai.xml', fetchRemote: false });
      expect(result).toEqual({ ok: false, message: expect.stringMatching(/^Tệp (không phải|không)/) });
    }
    expect(await contentSnapshot()).toEqual(before);
    expect(await prisma.importRun.count()).toBe(runs);
  });

  it('undoes a run: removes its articles, page, images, categories and redirects, keeps what others added, and can import again', async () => {
    const run = await prisma.importRun.findFirstOrThrow({ where: { items: { some: {} } }, orderBy: { createdAt: 'asc' } });
    const manual = await prisma.redirect.create({ data: { fromPath: '/gioi-thieu-cu', toPath: '/lich-su-hinh-thanh' } });
    const imported = await prisma.media.findMany({ where: { uploaderId: admin.id } });
    expect(imported).toHaveLength(2);

    const result = await undoImportRun(run.id, admin);
    expect(result).toMatchObject({ ok: true, removed: { posts: 3, pages: 1, categories: 2, tags: 2, media: 2 } });
    expect(await prisma.tag.count()).toBe(0);
    expect(await prisma.article.count({ where: { slug: { in: ['le-khoi-cong-cum-cong-nghiep-gia-vien', 'thong-bao-moi-thau-san-lap'] } } })).toBe(0);
    expect(await prisma.page.count({ where: { slug: 'lich-su-hinh-thanh' } })).toBe(0);
    expect(await prisma.redirect.findMany({ select: { fromPath: true } })).toEqual([{ fromPath: manual.fromPath }]);
    for (const media of imported) expect(existsSync(path.join(uploadDir(), media.storageKey))).toBe(false);
    expect((await prisma.importRun.findUniqueOrThrow({ where: { id: run.id } })).undoneAt).not.toBeNull();
    expect(await prisma.auditLog.count({ where: { action: 'import.undo', entityId: run.id, actorId: admin.id } })).toBe(1);
    expect(await undoImportRun(run.id, admin)).toEqual({ ok: false, reason: 'already-undone' });

    const again = await importWordpress(xml, admin, { fileName: 'ccn-cu.xml', mediaDir: MEDIA_DIR, fetchRemote: false });
    expect(again.ok && again.report.created.posts).toBe(3);
  });

  it('keeps a category on undo when an article from outside the import was filed under it', async () => {
    const run = await prisma.importRun.findFirstOrThrow({ where: { items: { some: {} } } });
    const category = await prisma.category.findUniqueOrThrow({ where: { slug: 'tin-hoat-dong' } });
    await prisma.article.create({ data: { title: 'Bài viết tay', slug: 'bai-viet-tay', body: {}, authorId: editor.id, categoryId: category.id } });
    const result = await undoImportRun(run.id, admin);
    expect(result.ok && result.kept).toEqual(['Danh mục “Tin hoạt động” (còn 1 bài khác)']);
    expect(await prisma.category.count({ where: { slug: 'tin-hoat-dong' } })).toBe(1);
    expect(await prisma.category.count({ where: { slug: 'thong-bao-moi-thau' } })).toBe(0);
  });
});

describe('importWordpress: slugs and missing media folder', () => {
  it('gives a post whose slug is taken the next free one, and reports every image missing without a media folder', async () => {
    await prisma.article.create({ data: { title: 'Đã có', slug: 'le-khoi-cong-cum-cong-nghiep-gia-vien', body: {}, authorId: editor.id } });
    const result = await importWordpress(xml, admin, { fileName: 'ccn-cu.xml', fetchRemote: false });
    if (!result.ok) throw new Error(result.message);
    expect(result.report.created.media).toBe(0);
    expect(result.report.missingMedia.map((entry) => entry.reason)).toEqual(['không có thư mục ảnh', 'không có thư mục ảnh', 'không có thư mục ảnh']);
    const moved = result.report.items.find((item) => item.title.startsWith('Lễ khởi công'));
    expect(moved?.newUrl).toBe('/tin-tuc/le-khoi-cong-cum-cong-nghiep-gia-vien-2');
    expect((await prisma.redirect.findUniqueOrThrow({ where: { fromPath: '/?p=101' } })).toPath).toBe('/tin-tuc/le-khoi-cong-cum-cong-nghiep-gia-vien-2');
    // Without the images the posts are still imported, without cover and without <img>.
    const article = await prisma.article.findUniqueOrThrow({ where: { slug: 'le-khoi-cong-cum-cong-nghiep-gia-vien-2' } });
    expect(article.coverMediaId).toBeNull();
    expect(article.bodyHtml).not.toContain('<img');
  });
});

describe('importWordpress (trang-cu-classic.xml: classic editor, other statuses, nested pages)', () => {
  it('maps statuses, skips trash and revisions, slugifies encoded Vietnamese slugs and keeps reserved addresses free', async () => {
    const classic = await readFile(path.join(FIXTURES, 'trang-cu-classic.xml'), 'utf8');
    const result = await importWordpress(classic, admin, { fileName: 'trang-cu-classic.xml', fetchRemote: false });
    if (!result.ok) throw new Error(result.message);
    expect(result.report.skipped).toEqual({ 'post:trash': 1, revision: 1 });
    expect(result.report.created).toMatchObject({ posts: 2, pages: 2, categories: 1 });

    const future = await prisma.article.findUniqueOrThrow({ where: { slug: 'moi-goi-dau-tu' }, include: { category: true } });
    expect(future).toMatchObject({ status: 'SCHEDULED', title: 'Mời gọi đầu tư vào cụm công nghiệp Xích Thổ' });
    expect(future.publishedAt?.toISOString()).toBe('2030-03-01T01:00:00.000Z');
    expect(future.category).toMatchObject({ slug: 'dau-tu', name: 'Đầu tư' });
    expect(future.bodyHtml).toContain('<h2>Ưu đãi</h2>');
    expect(future.bodyHtml).toContain('<li><p>Miễn tiền thuê đất 3 năm</p></li>');
    expect(future.bodyHtml).not.toMatch(/onclick|track\(|<style|color:red|flash\.swf|\[video/);
    const notes = result.report.items.find((item) => item.newUrl === '/tin-tuc/moi-goi-dau-tu')?.notes;
    expect(notes).toEqual(
      expect.arrayContaining([
        'Mã rút gọn [video] không được hỗ trợ: đã bỏ.',
        'Thẻ <object> không được phép: đã bỏ.',
        'Thẻ <embed> không được phép: đã bỏ.',
        'Thẻ <style> không được phép: đã bỏ.',
      ]),
    );

    const pending = await prisma.article.findFirstOrThrow({ where: { title: 'Bài chờ duyệt' } });
    expect(pending).toMatchObject({ status: 'PENDING_REVIEW', publishedAt: null, byline: 'Quản trị', authorId: admin.id });
    expect(await prisma.article.count({ where: { title: 'Bài đã xóa' } })).toBe(0);

    // "tin-tuc" is a section of this site: the page gets the next free address, and its nested old
    // address redirects there; a draft page stays unpublished.
    const nested = await prisma.page.findFirstOrThrow({ where: { title: 'Cơ cấu tổ chức' } });
    expect(nested).toMatchObject({ slug: 'tin-tuc-2', published: false });
    const redirects = Object.fromEntries((await prisma.redirect.findMany({ where: { runId: result.runId } })).map((row) => [row.fromPath, row.toPath]));
    expect(redirects).toMatchObject({
      '/gioi-thieu-ban/co-cau-to-chuc': '/tin-tuc-2',
      '/?page_id=61': '/tin-tuc-2',
      '/2024/03/moi-goi-dau-tu-xich-tho': '/tin-tuc/moi-goi-dau-tu',
      '/category/đầu-tư': '/tin-tuc/danh-muc/dau-tu',
    });
  });
});
