import { describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { buildStandaloneHtml } from '@/lib/content/standalone-html';
import { pageLanguagePaths, publishedEnglishPages, publishedPageBySlug } from './pages';
import { RESERVED_TOP_LEVEL } from '@/lib/routes/reserved';
import { savePageSchema } from '@/lib/validation/page';
import { resolvePublicPath } from './public-routes';

const BODY = { type: 'doc', content: [] };

describe('Decree 42/2022 public addresses', () => {
  it('reserves the new top-level sections and answers 404 for missing documents, clusters, projects and English pages', async () => {
    for (const section of ['van-ban', 'cum-cong-nghiep', 'du-an', 'en']) {
      expect(RESERVED_TOP_LEVEL.has(section)).toBe(true);
      expect(await resolvePublicPath(`/${section}`)).toEqual({ kind: 'render' });
    }
    // /lien-he renders even without a "lien-he" Page, and staff can still keep one under that slug.
    expect(await resolvePublicPath('/lien-he')).toEqual({ kind: 'render' });
    const page = { title: 'Liên hệ', slug: 'lien-he', published: true, sortOrder: 0, body: { type: 'doc', content: [{ type: 'paragraph' }] } };
    expect(savePageSchema.safeParse(page).success).toBe(true);
    expect(savePageSchema.safeParse({ ...page, slug: 'van-ban' }).success).toBe(false);
    const document = await prisma.legalDocument.create({
      data: { documentType: 'LUAT', number: 'R/1', issuingBody: 'Quốc hội', issuedOn: new Date('2020-01-01'), summary: 'x', published: true },
    });
    const hidden = await prisma.legalDocument.create({
      data: { documentType: 'LUAT', number: 'R/2', issuingBody: 'Quốc hội', issuedOn: new Date('2020-01-01'), summary: 'x' },
    });
    expect(await resolvePublicPath(`/van-ban/${document.id}`)).toEqual({ kind: 'render' });
    expect(await resolvePublicPath(`/van-ban/${hidden.id}`)).toEqual({ kind: 'not-found' });
    expect(await resolvePublicPath('/van-ban/khong-phai-uuid')).toEqual({ kind: 'not-found' });
    await prisma.industrialCluster.create({ data: { name: 'CCN R', slug: 'ccn-r', district: 'H', plannedAreaHa: 1, description: BODY, published: true } });
    expect(await resolvePublicPath('/cum-cong-nghiep/ccn-r')).toEqual({ kind: 'render' });
    expect(await resolvePublicPath('/cum-cong-nghiep/ban-do')).toEqual({ kind: 'render' });
    expect(await resolvePublicPath('/cum-cong-nghiep/khong-co')).toEqual({ kind: 'not-found' });
    await prisma.project.create({ data: { title: 'P', slug: 'du-an-r', kind: 'PROJECT', startYear: 2026, published: true } });
    expect(await resolvePublicPath('/du-an/du-an-r')).toEqual({ kind: 'render' });
    expect(await resolvePublicPath('/du-an/khong-co')).toEqual({ kind: 'not-found' });
    await prisma.page.create({ data: { title: 'About', slug: 'about-r', locale: 'en', body: BODY } });
    expect(await resolvePublicPath('/en/about-r')).toEqual({ kind: 'render' });
    expect(await resolvePublicPath('/en/contact')).toEqual({ kind: 'render' });
    // An English page is not a Vietnamese top-level page.
    expect(await resolvePublicPath('/about-r')).toEqual({ kind: 'not-found' });
  });

  it('pairs language versions by translation key (hreflang) and keeps each language at its own address', async () => {
    await prisma.page.create({ data: { title: 'Cơ cấu', slug: 'co-cau-r', locale: 'vi', translationKey: 'co-cau-r', body: BODY } });
    await prisma.page.create({ data: { title: 'Organisation', slug: 'organisation-r', locale: 'en', translationKey: 'co-cau-r', body: BODY, sortOrder: 2 } });
    await prisma.page.create({ data: { title: 'Draft', slug: 'draft-r', locale: 'en', translationKey: 'co-cau-r-2', body: BODY, published: false } });
    expect(await pageLanguagePaths('co-cau-r')).toEqual({ vi: '/co-cau-r', en: '/en/organisation-r' });
    expect(await pageLanguagePaths(null)).toEqual({});
    expect(await publishedPageBySlug('organisation-r')).toBeNull();
    expect((await publishedPageBySlug('organisation-r', 'en'))?.translationKey).toBe('co-cau-r');
    expect((await publishedEnglishPages()).map((page) => page.slug)).toEqual(expect.arrayContaining(['organisation-r']));
    expect((await publishedEnglishPages()).map((page) => page.slug)).not.toContain('draft-r');
  });
});

describe('buildStandaloneHtml', () => {
  it('inlines local images, drops iframes, scripts and srcset, and escapes the metadata', async () => {
    const html = await buildStandaloneHtml(
      {
        title: 'Tin <b>mới</b>',
        summary: 'Tóm tắt',
        dateText: 'Thứ Năm, 26/11/2026 08:30',
        byline: 'PV',
        url: 'https://portal.example/tin-tuc/tin-moi',
        siteName: 'Trung tâm',
        coverSrc: '/media/images/a-640.webp',
        coverAlt: 'Ảnh "bìa"',
        bodyHtml:
          '<p>Nội dung</p><figure><img src="/media/images/b-640.webp" srcset="/media/images/b-320.webp 320w" alt="b"></figure><iframe src="https://www.youtube-nocookie.com/embed/x"></iframe><img src="/media/images/too-big.webp"><script>alert(1)</script>',
      },
      'https://portal.example',
      async (path) => (path.includes('too-big') ? null : `data:image/webp;base64,${Buffer.from(path).toString('base64')}`),
    );
    expect(html).toContain('<title>Tin &#60;b&#62;mới&#60;/b&#62;</title>');
    expect(html).toContain(`src="data:image/webp;base64,${Buffer.from('/media/images/a-640.webp').toString('base64')}"`);
    expect(html).toContain(`src="data:image/webp;base64,${Buffer.from('/media/images/b-640.webp').toString('base64')}"`);
    expect(html).toContain('src="https://portal.example/media/images/too-big.webp"');
    expect(html).not.toMatch(/<iframe|<script|srcset=/);
    expect(html).toContain('alt="Ảnh &#34;bìa&#34;"');
    expect(html).toContain('<style>');
    expect(html).not.toMatch(/<link rel="stylesheet"/);
    expect(html).toContain('Nguồn: <a href="https://portal.example/tin-tuc/tin-moi">');
  });
});
