// Search and sharing fields (issue 18): what the editor typed, and what readers, search engines
// and Zalo/Facebook get when a field is left empty. Pure: the admin's live preview and the public
// pages' generateMetadata use the same rules.

export const SEO_TITLE_MAX = 70;
export const SEO_DESCRIPTION_MAX = 200;
/** What search results show of a description before cutting it. */
export const SEARCH_SNIPPET_LENGTH = 160;

export interface SeoFields {
  metaTitle: string;
  description: string;
  imageMediaId: string | null;
  noindex: boolean;
}

export const EMPTY_SEO: SeoFields = { metaTitle: '', description: '', imageMediaId: null, noindex: false };

export interface SeoContent {
  title: string;
  /** The article's summary, or '' for a page. */
  summary: string;
  /** The plain text of the body, for a description when there is no summary. */
  bodyText: string;
}

/** Cuts at a word boundary and adds "…" when the text is longer than `max`. */
export function shorten(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:–-]+$/, '')}…`;
}

/** The title and description actually used: the editor's, else from the content. */
export function effectiveSeo(seo: Pick<SeoFields, 'metaTitle' | 'description'>, content: SeoContent): { title: string; description: string } {
  const title = seo.metaTitle.trim() || content.title.trim();
  const description = seo.description.trim() || shorten(content.summary.trim() || content.bodyText, SEARCH_SNIPPET_LENGTH);
  return { title, description };
}
