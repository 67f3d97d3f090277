import { Window } from 'happy-dom';
import { beforeAll, describe, expect, it, vi } from 'vitest';
vi.mock('next-auth', () => import('@/test/next-auth-mock'));
vi.mock('next/headers', () => import('@/test/next-headers-stub'));
import { saveArticleAction } from '@/lib/actions/articles';
import { createLinkedSiteAction } from '@/lib/actions/linked-sites';
import { saveSettingsAction } from '@/lib/actions/settings';
import { createUserAction } from '@/lib/actions/users';
import { saveVideoAction } from '@/lib/actions/videos';
import { createCategoryAction } from '@/lib/actions/categories';
import { BODY_IMAGE_SIZES, type BodyImage } from '@/lib/content/body-images';
import { renderContent } from '@/lib/content/render';
import { prisma } from '@/lib/db';
import { forbiddenMarkup } from '@/e2e/fixtures/forbidden-markup';
import { XSS_CORPUS } from '@/e2e/fixtures/xss-corpus';
import { formData, signedInAs } from '@/test/act-as';

// The XSS corpus through the real server actions (validation, schema walk, renderer, DAL): every
// field either refuses the value with a validation message or stores something inert. Never a
// throw (a NUL byte used to reach PostgreSQL and answer 500). e2e/security-xss.spec.ts then
// renders what is stored in Chromium.

const window = new Window();
function problemsIn(html: string): string[] {
  const container = window.document.createElement('div');
  container.innerHTML = html;
  return forbiddenMarkup(container as unknown as ParentNode);
}

function hrefsIn(html: string): string[] {
  const container = window.document.createElement('div');
  container.innerHTML = html;
  return Array.from(container.querySelectorAll('a[href]')).map((a) => a.getAttribute('href') ?? '');
}

const SAFE_HREF = /^(https?:|mailto:|tel:|\/|#)/i;

/** Every URL a <source srcset> of the stored HTML would make the browser fetch. */
function srcsetUrlsIn(html: string): string[] {
  const container = window.document.createElement('div');
  container.innerHTML = html;
  return Array.from(container.querySelectorAll('[srcset]')).flatMap((element) =>
    (element.getAttribute('srcset') ?? '').split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? ''),
  );
}

// Hostile srcset values, as a compromised or hand-edited media row could hold them.
const HOSTILE_SRCSET_KEYS = [
  'javascript:__xss(1)',
  'x.webp 1w, javascript:__xss(1)',
  '../../api/cache/invalidate',
  'a.webp,//attacker.invalid/x.png',
  'a.webp 1w, https://attacker.invalid/x.png',
  'a.webp 320w 2x',
  'a.webp" onerror="__xss(1)',
  'data:image/svg+xml,<svg onload=__xss(1)>',
  '%2e%2e/quan-tri',
];

beforeAll(async () => {
  await signedInAs('ADMIN');
});

describe('the XSS corpus through every writable field', () => {
  it('articles: title, summary, byline, slug, body text, link hrefs, image alt/caption, YouTube URLs', async () => {
    let stored = 0;
    for (const [index, entry] of XSS_CORPUS.entries()) {
      const body = {
        type: 'doc',
        content: [
          { type: 'paragraph', content: [{ type: 'text', text: entry }] },
          { type: 'paragraph', content: [{ type: 'text', text: 'liên kết', marks: [{ type: 'link', attrs: { href: entry } }] }] },
          { type: 'image', attrs: { src: '/media/anh.webp', alt: entry, caption: entry } },
          { type: 'youtube', attrs: { src: entry } },
        ],
      };
      for (const variant of [
        { title: entry.slice(0, 300), summary: entry, byline: entry.slice(0, 200), slug: entry, body },
        { title: entry.slice(0, 300), summary: entry, byline: entry.slice(0, 200), slug: `xss-${index}`, body: { type: 'doc', content: [body.content[0]] } },
      ]) {
        const state = await saveArticleAction({ ok: false }, { ...variant, categoryId: '', coverMediaId: '', intent: 'publish' } as never);
        if (!state.ok) {
          expect(state.message, entry).toBeTruthy();
          continue;
        }
        stored += 1;
        const row = await prisma.article.findUniqueOrThrow({ where: { id: state.data?.id as string } });
        expect(problemsIn(row.bodyHtml), entry).toEqual([]);
        for (const href of hrefsIn(row.bodyHtml)) expect(href, entry).toMatch(SAFE_HREF);
        expect(row.slug).toMatch(/^[a-z0-9-]+$/);
      }
    }
    expect(stored).toBeGreaterThan(XSS_CORPUS.length / 2);
  });

  it('the renderer neutralises hostile attributes even in JSON that skipped validation', () => {
    for (const entry of XSS_CORPUS) {
      const nodes = [
        { type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href: entry, target: entry, rel: entry } }] }] },
        { type: 'image', attrs: { src: entry, alt: entry, title: entry, caption: entry } },
        { type: 'youtube', attrs: { src: entry, width: entry } },
        { type: 'heading', attrs: { level: 2, textAlign: entry }, content: [{ type: 'text', text: entry }] },
      ];
      for (const node of nodes) {
        let html: string;
        try {
          html = renderContent({ type: 'doc', content: [node] }).html;
        } catch {
          continue; // refused outright by the schema walk
        }
        expect(problemsIn(html), `${entry} in ${node.type}`).toEqual([]);
      }
    }
  });

  it('library images: hostile variant keys and sizes in media rows never reach a srcset or an attribute', async () => {
    const variants = [...HOSTILE_SRCSET_KEYS, ...XSS_CORPUS.slice(0, 40)].flatMap((key, index) => [
      { width: 320 + index, format: 'webp', key, bytes: 1 },
      { width: index % 2 ? 'x' : 640, format: 'avif', key: `images/ok-${index}.avif`, bytes: 1 },
    ]);
    const media = await prisma.media.create({
      data: { storageKey: 'images/2026/11/hostile-1600.jpg', originalName: 'a.jpg', mimeType: 'image/jpeg', byteSize: 1n, width: 1600, height: 900, variants },
    });
    const src = `/media/${media.storageKey}`;
    const state = await saveArticleAction({ ok: false }, {
      title: 'Ảnh có biến thể độc hại',
      summary: '',
      byline: '',
      slug: 'anh-bien-the-doc-hai',
      categoryId: '',
      coverMediaId: '',
      intent: 'publish',
      body: { type: 'doc', content: [{ type: 'image', attrs: { src, alt: 'x', caption: '' } }] },
    } as never);
    expect(state.ok).toBe(true);
    const row = await prisma.article.findUniqueOrThrow({ where: { id: state.data?.id as string } });
    expect(problemsIn(row.bodyHtml)).toEqual([]);
    // The good AVIF variants survive; the WebP source (hostile keys) is dropped whole.
    expect(row.bodyHtml).toContain('<source type="image/avif" srcset="/media/images/ok-0.avif 640w');
    expect(row.bodyHtml).not.toContain('image/webp');
    for (const url of srcsetUrlsIn(row.bodyHtml)) expect(url).toMatch(/^\/media\/[A-Za-z0-9/_.-]+$/);
    expect(row.bodyHtml).toMatch(
      /<img src="\/media\/images\/2026\/11\/hostile-1600\.jpg" alt="x" width="1600" height="900" loading="lazy" decoding="async" \/>/,
    );
  });

  it('the renderer neutralises a hostile image map (srcset, type, sizes and dimensions from anywhere)', () => {
    const src = '/media/anh-1.webp';
    for (const entry of [...XSS_CORPUS, ...HOSTILE_SRCSET_KEYS]) {
      const hostile = {
        width: entry,
        height: entry,
        sources: [
          { type: entry, srcset: entry },
          { type: 'image/webp', srcset: `${entry} 320w` },
          { type: 'image/avif', srcset: `/media/${entry} 320w` },
        ],
      };
      const html = renderContent(
        { type: 'doc', content: [{ type: 'image', attrs: { src, alt: entry, caption: entry } }] },
        { images: new Map([[src, hostile as unknown as BodyImage]]) },
      ).html;
      expect(problemsIn(html), entry).toEqual([]);
      for (const url of srcsetUrlsIn(html)) expect(url, entry).toMatch(/^\/media\/[A-Za-z0-9/_.-]+$/);
      expect(html, entry).not.toMatch(/(width|height)="(?!\d+")/);
      for (const sizes of html.matchAll(/sizes="([^"]*)"/g)) expect(sizes[1]).toBe(BODY_IMAGE_SIZES);
    }
  });

  it('linked sites, categories, videos, settings and user names refuse or store inert values', async () => {
    for (const [index, entry] of XSS_CORPUS.entries()) {
      const site = await createLinkedSiteAction(null, formData({ name: entry, url: entry }));
      if (site.ok) expect((await prisma.linkedSite.findFirstOrThrow({ where: { name: entry.trim() } })).url).toMatch(/^https?:\/\//);
      await createLinkedSiteAction(null, formData({ name: entry, url: 'https://example.org/' }));
      await createCategoryAction(null, formData({ name: entry, slug: '', description: entry }));
      await saveVideoAction({ ok: false }, formData({ title: entry, description: entry, source: 'YOUTUBE', youtubeUrl: entry }));
      await saveVideoAction({ ok: false }, formData({ title: entry, description: entry, source: 'YOUTUBE', youtubeUrl: 'https://youtu.be/dQw4w9WgXcQ' }));
      await saveSettingsAction(
        null,
        formData({ site_name: entry, site_description: entry, contact_address: entry, contact_phone: entry, contact_email: entry, footer_text: entry }),
      );
      await createUserAction(null, formData({ name: entry, email: `xss-${index}@test.local`, role: 'AUTHOR', password: '' }));
    }
    for (const video of await prisma.video.findMany()) expect(video.youtubeId ?? '').toMatch(/^[\w-]{11}$/);
    // ~1,000 real action calls (each user costs an argon2 hash): 19 s on an idle 2-core machine.
  }, 120_000);
});
