import { gzipSync } from 'node:zlib';

// How much JavaScript a page makes a modern browser download, gzipped: every external script the
// HTML names (<script src>, and <link rel=preload|modulepreload as=script>), counted once each.
// `nomodule` scripts (Next's legacy polyfills, ~40 kB gz) are left out: browsers that run module
// scripts never fetch them. Inline <script> bodies (the RSC flight data and React's streaming
// helpers) are page data rather than code: measured apart. Used by `npm run bench` and the
// budget spec (e2e/perf-bundle.spec.ts).

/** Libraries that must never reach a public page, recognised in minified chunks. */
export const FORBIDDEN_CLIENT_CODE: Readonly<Record<string, RegExp>> = {
  'editor (Tiptap/ProseMirror)': /prosemirror|tiptap/i,
  zod: /\$ZodType/,
  'next-auth client': /next-auth/,
};

export interface ScriptSize {
  src: string;
  gzipBytes: number;
  /** Names from FORBIDDEN_CLIENT_CODE found in this script. */
  forbidden: string[];
}

export interface PageJavaScript {
  scripts: ScriptSize[];
  /** Sum of the external scripts, gzipped one by one (as each is served). */
  scriptBytes: number;
  /** Sum of the inline scripts, gzipped one by one. */
  inlineBytes: number;
  /** Forbidden libraries found in the external scripts (inline data is content, not checked). */
  forbidden: string[];
}

const ATTRIBUTE = /([\w-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;

function attributes(tag: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of tag.replace(/^<\w+/, '').matchAll(ATTRIBUTE)) found.set(match[1]!.toLowerCase(), match[2] ?? match[3] ?? match[4] ?? '');
  return found;
}

/** The external scripts a module-capable browser loads for this HTML, in document order. */
export function scriptSources(html: string): string[] {
  const sources: string[] = [];
  for (const [tag] of html.matchAll(/<(?:script|link)\b[^>]*>/gi)) {
    const attrs = attributes(tag);
    if (attrs.has('nomodule')) continue;
    const isScript = /^<script/i.test(tag);
    const rel = (attrs.get('rel') ?? '').toLowerCase().split(/\s+/);
    const src = isScript
      ? attrs.get('src')
      : rel.includes('modulepreload') || (rel.includes('preload') && attrs.get('as') === 'script')
        ? attrs.get('href')
        : undefined;
    if (src && !sources.includes(src)) sources.push(src);
  }
  return sources;
}

/** Bodies of the inline scripts that run as JavaScript (JSON-LD and other data types excluded). */
export function inlineScripts(html: string): string[] {
  const bodies: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attrs = attributes(`<script ${match[1]}`);
    const type = attrs.get('type');
    if (attrs.has('src') || (type && type !== 'module' && !/javascript/i.test(type))) continue;
    if (match[2]!.length > 0) bodies.push(match[2]!);
  }
  return bodies;
}

function forbiddenIn(code: string): string[] {
  return Object.entries(FORBIDDEN_CLIENT_CODE)
    .filter(([, pattern]) => pattern.test(code))
    .map(([name]) => name);
}

export async function measurePageJavaScript(baseUrl: string, pagePath: string): Promise<PageJavaScript> {
  const response = await fetch(new URL(pagePath, baseUrl));
  if (!response.ok) throw new Error(`${pagePath} answered ${response.status}.`);
  const html = await response.text();
  const scripts: ScriptSize[] = [];
  for (const src of scriptSources(html)) {
    const script = await fetch(new URL(src, baseUrl));
    if (!script.ok) throw new Error(`${src} answered ${script.status}.`);
    const body = Buffer.from(await script.arrayBuffer());
    scripts.push({ src, gzipBytes: gzipSync(body, { level: 6 }).byteLength, forbidden: forbiddenIn(body.toString('latin1')) });
  }
  const inline = inlineScripts(html);
  return {
    scripts,
    scriptBytes: scripts.reduce((sum, script) => sum + script.gzipBytes, 0),
    inlineBytes: inline.reduce((sum, body) => sum + gzipSync(body, { level: 6 }).byteLength, 0),
    forbidden: [...new Set(scripts.flatMap((script) => script.forbidden))],
  };
}
