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
        const row = await prisma.article.findUniqueOrThrow({ where: { id: state.id as string } });
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

  it('linked sites, categories, videos, settings and user names refuse or store inert values', async () => {
    for (const [index, entry] of XSS_CORPUS.entries()) {
      const site = await createLinkedSiteAction(null, formData({ name: entry, url: entry }));
      if (site.ok) expect((await prisma.linkedSite.findFirstOrThrow({ where: { name: entry.trim() } })).url).toMatch(/^https?:\/\//);
      await createLinkedSiteAction(null, formData({ name: entry, url: 'https://example.org/' }));
      await createCategoryAction(null, formData({ name: entry, slug: '', description: entry }));
      await saveVideoAction({ ok: false }, formData({ title: entry, description: entry, source: 'YOUTUBE', youtubeUrl: entry }));
      await saveVideoAction({ ok: false }, formData({ title: entry, description: entry, source: 'YOUTUBE', youtubeUrl: 'https://youtu.be/dQw4w9WgXcQ' }));
      await saveSettingsAction(null, formData({ site_name: entry, site_description: entry, contact_address: entry, contact_phone: entry, contact_email: entry, footer_text: entry }));
      await createUserAction(null, formData({ name: entry, email: `xss-${index}@test.local`, role: 'AUTHOR', password: '' }));
    }
    for (const video of await prisma.video.findMany()) expect(video.youtubeId ?? '').toMatch(/^[\w-]{11}$/);
  });
});
