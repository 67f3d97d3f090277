// An article as ONE self-contained HTML file ("Lưu"): inline CSS, images embedded as data: URIs
// (or absolute links once the embedding budget is spent), no scripts, no external stylesheets.

export interface StandaloneArticle {
  title: string;
  summary: string;
  dateText: string;
  byline: string;
  url: string;
  siteName: string;
  coverSrc: string | null;
  coverAlt: string;
  /** Sanitized article HTML (as rendered on the site). */
  bodyHtml: string;
}

/** Resolves a site-relative image address to a data: URI, or null to keep a link instead. */
export type ImageEmbedder = (path: string) => Promise<string | null>;

const STYLE = `body{font-family:"Be Vietnam Pro",Arial,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;line-height:1.7;color:#0f172a}
h1{font-size:1.8rem;line-height:1.3;color:#083d72}.meta{color:#475569;font-size:.9rem}.summary{font-weight:600}
img{max-width:100%;height:auto}figure{margin:1.5rem 0}figcaption{text-align:center;color:#475569;font-size:.9rem}
table{border-collapse:collapse;width:100%}td,th{border:1px solid #cbd5e1;padding:.4rem .6rem;vertical-align:top}
blockquote{border-left:4px solid #0b5cab;background:#eef6ff;margin:1rem 0;padding:.5rem 1rem}
.source{margin-top:2rem;border-top:1px solid #cbd5e1;padding-top:.5rem;font-size:.85rem;color:#475569}`;

const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

/** Drops what would reach out or run when the file is opened offline: iframes, scripts, srcset, <source>. */
function offlineBody(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>/gi, '')
    .replace(/<iframe[\s\S]*?<\/iframe>/gi, '')
    .replace(/<source\b[^>]*>/gi, '')
    .replace(/\s(?:srcset|sizes|loading|decoding)="[^"]*"/gi, '');
}

async function replaceImageSources(html: string, baseUrl: string, embed: ImageEmbedder): Promise<string> {
  const sources = [...new Set([...html.matchAll(/<img\b[^>]*?\ssrc="([^"]+)"/gi)].map((match) => match[1] ?? ''))].filter(Boolean);
  const replacements = new Map<string, string>();
  for (const src of sources) {
    const local = src.startsWith('/') && !src.startsWith('//');
    const embedded = local ? await embed(src) : null;
    replacements.set(src, embedded ?? (local ? `${baseUrl}${src}` : src));
  }
  return html.replace(
    /(<img\b[^>]*?\ssrc=")([^"]+)(")/gi,
    (_match, start: string, src: string, end: string) => `${start}${replacements.get(src) ?? src}${end}`,
  );
}

export async function buildStandaloneHtml(article: StandaloneArticle, baseUrl: string, embed: ImageEmbedder): Promise<string> {
  const cover = article.coverSrc ? `<figure><img src="${escapeHtml(article.coverSrc)}" alt="${escapeHtml(article.coverAlt)}"></figure>` : '';
  const body = await replaceImageSources(`${cover}${offlineBody(article.bodyHtml)}`, baseUrl, embed);
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(article.title)}</title>
<link rel="canonical" href="${escapeHtml(article.url)}">
<style>${STYLE}</style>
</head>
<body>
<article>
<h1>${escapeHtml(article.title)}</h1>
<p class="meta">${escapeHtml(article.dateText)} · ${escapeHtml(article.siteName)}</p>
${article.summary ? `<p class="summary">${escapeHtml(article.summary)}</p>` : ''}
${body}
${article.byline ? `<p style="text-align:right;font-weight:600">${escapeHtml(article.byline)}</p>` : ''}
</article>
<p class="source">Nguồn: <a href="${escapeHtml(article.url)}">${escapeHtml(article.url)}</a></p>
</body>
</html>
`;
}
