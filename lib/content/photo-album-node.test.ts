import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { forbiddenMarkup } from '@/e2e/fixtures/forbidden-markup';
import { XSS_CORPUS } from '@/e2e/fixtures/xss-corpus';
import { splitAlbumPlaceholders } from '@/components/site/album-embeds';
import { InvalidContentError, parseDocument, renderContent } from './render';
import { sanitizeRichHtml } from './sanitize';

const ID = '0b6f7c1e-4a4b-4d7e-9a55-2f1f7e0c9a10';
const album = (attrs: Record<string, unknown>) => ({
  type: 'doc',
  content: [
    { type: 'photoAlbum', attrs },
    { type: 'paragraph', content: [{ type: 'text', text: 'Sau album' }] },
  ],
});

describe('the photoAlbum node (issue 18 part 8)', () => {
  it('renders a placeholder figure with the album id and a link to the album page; plain text names it', () => {
    const { html, text } = renderContent(album({ albumId: ID, slug: 'le-khoi-cong', title: 'Lễ khởi công <b>CCN</b>' }));
    expect(html).toBe(
      `<figure data-photo-album="${ID}"><a href="/thu-vien-anh/le-khoi-cong" rel="noopener noreferrer nofollow">Album ảnh: Lễ khởi công &lt;b&gt;CCN&lt;/b&gt;</a></figure><p>Sau album</p>`,
    );
    expect(text).toContain('Sau album');
    expect(splitAlbumPlaceholders(html)).toEqual([
      { kind: 'album', albumId: ID },
      { kind: 'html', html: '<p>Sau album</p>' },
    ]);
  });

  it('rejects hostile or malformed ids, slugs and titles, and drops unknown attributes', () => {
    const hostile = [
      { albumId: '"><script>alert(1)</script>', slug: 'a', title: 't' },
      { albumId: `${ID}" onmouseover="alert(1)`, slug: 'a', title: 't' },
      { albumId: ID.toUpperCase(), slug: 'a', title: 't' },
      { albumId: 42, slug: 'a', title: 't' },
      { slug: 'a', title: 't' },
      { albumId: ID, slug: 'javascript:alert(1)', title: 't' },
      { albumId: ID, slug: '../../quan-tri', title: 't' },
      { albumId: ID, slug: 'a', title: 'x\u0000y' },
      { albumId: ID, slug: 'a', title: 'x'.repeat(301) },
    ];
    for (const attrs of hostile) expect(() => parseDocument(album(attrs)), JSON.stringify(attrs)).toThrow(InvalidContentError);
    // An attribute the node doesn't know is dropped, never rendered.
    expect(renderContent(album({ albumId: ID, slug: 'a', title: 't', onclick: 'alert(1)' })).html).not.toContain('onclick');
  });

  it('the sanitizer keeps data-photo-album only as a UUID on a figure', () => {
    expect(sanitizeRichHtml(`<figure data-photo-album="${ID}" onclick="x"><a href="/thu-vien-anh/a">A</a></figure>`)).toBe(
      `<figure data-photo-album="${ID}"><a href="/thu-vien-anh/a" rel="noopener noreferrer nofollow">A</a></figure>`,
    );
    expect(sanitizeRichHtml('<figure data-photo-album="x&quot; onload=&quot;alert(1)"><figcaption>x</figcaption></figure>')).toBe(
      '<figure><figcaption>x</figcaption></figure>',
    );
    expect(sanitizeRichHtml(`<div data-photo-album="${ID}">x</div>`)).toBe('<div>x</div>');
  });

  it('splitting leaves bodies without albums as one piece and cuts several albums in order', () => {
    expect(splitAlbumPlaceholders('<p>a</p>')).toEqual([{ kind: 'html', html: '<p>a</p>' }]);
    expect(splitAlbumPlaceholders('')).toEqual([{ kind: 'html', html: '' }]);
    const other = '1d2c3b4a-0000-4000-8000-000000000001';
    const html = `<p>a</p><figure data-photo-album="${ID}"><a href="/thu-vien-anh/x">X</a></figure><figure data-photo-album="${other}"><a href="/thu-vien-anh/y">Y</a></figure>`;
    expect(splitAlbumPlaceholders(html)).toEqual([
      { kind: 'html', html: '<p>a</p>' },
      { kind: 'album', albumId: ID },
      { kind: 'album', albumId: other },
    ]);
    // A figure whose attribute is not exactly a UUID is not an album (the sanitizer already dropped it).
    expect(splitAlbumPlaceholders('<figure data-photo-album="abc"></figure>')).toHaveLength(1);
  });
});

describe('the XSS corpus against the photoAlbum node', () => {
  const window = new Window();
  function problemsIn(html: string): string[] {
    const container = window.document.createElement('div');
    container.innerHTML = html;
    return forbiddenMarkup(container as unknown as ParentNode);
  }

  it('no corpus string is accepted as an album id or slug', () => {
    for (const attack of XSS_CORPUS) {
      expect(() => parseDocument(album({ albumId: attack, slug: 'a', title: 't' })), attack).toThrow(InvalidContentError);
      expect(() => parseDocument(album({ albumId: ID, slug: attack, title: 't' })), attack).toThrow(InvalidContentError);
    }
  });

  it('a corpus string as the title is refused or stored as inert text', () => {
    let rendered = 0;
    for (const attack of XSS_CORPUS) {
      let html: string;
      try {
        html = renderContent(album({ albumId: ID, slug: 'a', title: attack })).html;
      } catch (error) {
        expect(error, attack).toBeInstanceOf(InvalidContentError);
        continue;
      }
      rendered += 1;
      expect(problemsIn(html), attack).toEqual([]);
      expect(splitAlbumPlaceholders(html)[0], attack).toEqual({ kind: 'album', albumId: ID });
    }
    expect(rendered).toBeGreaterThan(XSS_CORPUS.length / 2);
  });
});
