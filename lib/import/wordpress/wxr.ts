import { XMLParser } from 'fast-xml-parser';

// Reads a WordPress eXtended RSS export (WXR 1.1/1.2, as "Công cụ → Xuất" of WordPress 6 writes
// it) into plain records. Pure: no database, no files. Everything the importer needs and nothing
// more; comments, menus and other post types are counted and skipped.

export interface WxrAuthor {
  login: string;
  email: string;
  displayName: string;
}

export interface WxrTerm {
  slug: string;
  name: string;
  parent: string;
  description: string;
}

export interface WxrItem {
  id: number;
  guid: string;
  type: string;
  title: string;
  /** post_name, percent-decoded ("" for drafts that never had one). */
  slug: string;
  link: string;
  creator: string;
  content: string;
  excerpt: string;
  status: string;
  /** Publication time: post_date_gmt, or post_date read in Asia/Ho_Chi_Minh when the GMT one is zero. */
  date: Date | null;
  parentId: number;
  menuOrder: number;
  categories: string[];
  tags: string[];
  meta: Record<string, string>;
  attachmentUrl: string;
}

export interface WxrDocument {
  siteUrl: string;
  wxrVersion: string;
  authors: WxrAuthor[];
  categories: WxrTerm[];
  tags: WxrTerm[];
  items: WxrItem[];
}

export class WxrError extends Error {}

type XmlNode = Record<string, unknown>;

const ALWAYS_LISTS = new Set([
  'rss.channel.item',
  'rss.channel.wp:author',
  'rss.channel.wp:category',
  'rss.channel.wp:tag',
  'rss.channel.item.category',
  'rss.channel.item.wp:postmeta',
]);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  htmlEntities: true,
  isArray: (_name, jPath) => ALWAYS_LISTS.has(String(jPath)),
  // A large export holds many escaped characters outside CDATA; only DOCTYPE entities are a risk.
  processEntities: { enabled: true, maxTotalExpansions: 10_000_000, maxExpandedLength: 1_000_000_000 },
});

function text(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'object' && '#text' in (value as XmlNode)) return text((value as XmlNode)['#text']);
  return '';
}

const trimmed = (value: unknown) => text(value).trim();

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
};

/** Titles and term names: WordPress stores them HTML-escaped ("&#8211;", "&amp;") inside CDATA. */
export function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
  });
}

const plain = (value: unknown) => decodeEntities(trimmed(value));

function list(value: unknown): XmlNode[] {
  if (Array.isArray(value)) return value.filter((entry): entry is XmlNode => !!entry && typeof entry === 'object');
  return value && typeof value === 'object' ? [value as XmlNode] : [];
}

function decodeSlug(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

const WP_DATE = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/;

/** A WordPress date string in UTC ("2023-05-15 03:30:00") or in Vietnam's time (UTC+7, no DST). */
export function wordpressDate(value: string, zone: 'utc' | 'vietnam'): Date | null {
  const match = WP_DATE.exec(value.trim());
  if (!match || match[1] === '0000') return null;
  const [, y, mo, d, h, mi, s] = match.map(Number) as [number, number, number, number, number, number, number];
  const utc = Date.UTC(y, mo - 1, d, h, mi, s) - (zone === 'vietnam' ? 7 * 3600_000 : 0);
  return Number.isNaN(utc) ? null : new Date(utc);
}

function item(node: XmlNode): WxrItem {
  const categories: string[] = [];
  const tags: string[] = [];
  for (const category of list(node.category)) {
    const slug = decodeSlug(text(category['@_nicename']));
    if (!slug) continue;
    if (category['@_domain'] === 'category') categories.push(slug);
    if (category['@_domain'] === 'post_tag') tags.push(slug);
  }
  const meta: Record<string, string> = {};
  for (const entry of list(node['wp:postmeta'])) meta[trimmed(entry['wp:meta_key'])] = text(entry['wp:meta_value']);
  return {
    id: Number(trimmed(node['wp:post_id'])) || 0,
    guid: trimmed(node.guid),
    type: trimmed(node['wp:post_type']),
    title: plain(node.title),
    slug: decodeSlug(trimmed(node['wp:post_name'])),
    link: trimmed(node.link),
    creator: trimmed(node['dc:creator']),
    content: text(node['content:encoded']),
    excerpt: plain(node['excerpt:encoded']),
    status: trimmed(node['wp:status']),
    date: wordpressDate(trimmed(node['wp:post_date_gmt']), 'utc') ?? wordpressDate(trimmed(node['wp:post_date']), 'vietnam'),
    parentId: Number(trimmed(node['wp:post_parent'])) || 0,
    menuOrder: Number(trimmed(node['wp:menu_order'])) || 0,
    categories,
    tags,
    meta,
    attachmentUrl: trimmed(node['wp:attachment_url']),
  };
}

/** Parses a WXR file; a file that is not one throws WxrError with a Vietnamese message. */
export function parseWxr(xml: string): WxrDocument {
  let root: XmlNode;
  try {
    root = parser.parse(xml) as XmlNode;
  } catch {
    throw new WxrError('Tệp không phải XML hợp lệ.');
  }
  const channel = list((root.rss as XmlNode | undefined)?.channel)[0];
  const wxrVersion = channel ? trimmed(channel['wp:wxr_version']) : '';
  if (!channel || !wxrVersion) throw new WxrError('Tệp không phải bản xuất WordPress (WXR): thiếu thẻ wp:wxr_version.');
  return {
    siteUrl: trimmed(channel['wp:base_site_url']) || trimmed(channel.link),
    wxrVersion,
    authors: list(channel['wp:author']).map((author) => ({
      login: trimmed(author['wp:author_login']),
      email: trimmed(author['wp:author_email']).toLowerCase(),
      displayName: plain(author['wp:author_display_name']) || trimmed(author['wp:author_login']),
    })),
    categories: list(channel['wp:category']).map((term) => ({
      slug: decodeSlug(trimmed(term['wp:category_nicename'])),
      name: plain(term['wp:cat_name']),
      parent: decodeSlug(trimmed(term['wp:category_parent'])),
      description: plain(term['wp:category_description']),
    })),
    tags: list(channel['wp:tag']).map((term) => ({
      slug: decodeSlug(trimmed(term['wp:tag_slug'])),
      name: plain(term['wp:tag_name']),
      parent: '',
      description: plain(term['wp:tag_description']),
    })),
    items: list(channel.item).map(item),
  };
}
