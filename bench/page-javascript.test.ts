import { describe, expect, it } from 'vitest';
import { FORBIDDEN_CLIENT_CODE, inlineScripts, scriptSources } from './page-javascript';

// Shaped like the HTML `next build` serves (Next 16, Turbopack): async chunks, the legacy
// polyfills as a nomodule script, a low-priority preload of the global-error chunk that is also
// a script tag, the bootstrap and flight-data inline scripts, and the page's JSON-LD.
const html = [
  '<head><link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/global.js"/>',
  '<link rel="stylesheet" href="/_next/static/chunks/site.css"/><link rel="preload" as="image" href="/media/a.webp"/>',
  '<link rel="modulepreload" href="/_next/static/chunks/module.js"/>',
  '<script src="/_next/static/chunks/react-dom.js" async=""></script>',
  '<script src="/_next/static/chunks/0cz1d0mv5g_q7.js" noModule=""></script></head>',
  '<body><script src="/_next/static/chunks/global.js" id="_R_" async=""></script>',
  '<script>(self.__next_f=self.__next_f||[]).push([0])</script>',
  '<script type="application/ld+json">{"@type":"NewsArticle"}</script>',
  '<script src="/_next/static/chunks/0cz1d0mv5g_q7.js" noModule=""></script>',
  '<script src=/_next/static/chunks/page.js async></script></body>',
].join('');

describe('scriptSources', () => {
  it('lists every script a module browser fetches once, in order, without the nomodule polyfills', () => {
    expect(scriptSources(html)).toEqual([
      '/_next/static/chunks/global.js',
      '/_next/static/chunks/module.js',
      '/_next/static/chunks/react-dom.js',
      '/_next/static/chunks/page.js',
    ]);
  });
});

describe('inlineScripts', () => {
  it('keeps executable inline scripts and leaves out JSON-LD and external scripts', () => {
    expect(inlineScripts(html)).toEqual(['(self.__next_f=self.__next_f||[]).push([0])']);
  });
});

describe('FORBIDDEN_CLIENT_CODE', () => {
  it('recognises the libraries by strings their minified builds keep', () => {
    const matches = (code: string) =>
      Object.entries(FORBIDDEN_CLIENT_CODE)
        .filter(([, pattern]) => pattern.test(code))
        .map(([name]) => name);
    expect(matches('new Plugin({key:new PluginKey("prosemirror-dropcursor")})')).toEqual(['editor (Tiptap/ProseMirror)']);
    expect(matches('$constructor("$ZodType",(e,t)=>{})')).toEqual(['zod']);
    expect(matches('console.error("[next-auth][error]")')).toEqual(['next-auth client']);
    expect(matches('function MenuDisclosure(){return null}')).toEqual([]);
  });
});
