import { readFileSync } from 'node:fs';
import path from 'node:path';

// Reads prisma/seed-data/original-site.txt, the text of the agency's current website, into the
// structure the demo content is made of. The file is kept verbatim; the few words its scraper
// broke apart are mended here, listed one by one.

export const ORIGINAL_SITE_FILE = path.resolve(import.meta.dirname, '../../prisma/seed-data/original-site.txt');

const SECTION_HEADINGS = ['website liên kết', 'bản đồ hành chính', 'thư viện video', 'tin tức'] as const;
type SectionHeading = (typeof SECTION_HEADINGS)[number];

const SCRAPER_REPAIRS: ReadonlyArray<readonly [string, string]> = [
  ['Kế hoạch ch triển kh kh ai thực hiện ch ch ương trình', 'Kế hoạch triển khai thực hiện chương trình'],
  ['trên đị a bàn tỉ nh ít phá t triể n', 'trên địa bàn tỉnh ít phát triển'],
];

export interface OriginalArticle {
  title: string;
  asciiTitle: string;
  lead: string;
  paragraphs: string[];
  byline: string;
}

export interface OriginalSite {
  siteName: string;
  linkedSiteNames: string[];
  mapTitles: string[];
  videoTitles: string[];
  article: OriginalArticle;
}

function repair(text: string): string {
  return SCRAPER_REPAIRS.reduce((result, [broken, whole]) => result.replace(broken, whole), text);
}

function bullets(lines: string[]): string[] {
  return lines.filter((line) => line.startsWith('•')).map((line) => line.replace(/^•\s*/, '').trim());
}

export function parseOriginalSite(text: string): OriginalSite {
  // The old site's HTML left non-breaking spaces between words; search needs plain ones (and NFC).
  const lines = text
    .normalize('NFC')
    .split(/\r?\n/)
    .map((line) =>
      line
        .replace(/[\u00a0\u2007\u202f]/g, ' ')
        .replace(/ {2,}/g, ' ')
        .trim(),
    );
  const siteName = lines.find((line) => line !== '') ?? '';
  const sections = new Map<SectionHeading, string[]>();
  let current: SectionHeading | undefined;
  for (const line of lines.slice(lines.indexOf(siteName) + 1)) {
    const heading = SECTION_HEADINGS.find((name) => name === line.toLowerCase());
    if (heading && !sections.has(heading)) {
      current = heading;
      sections.set(heading, []);
    } else if (current && line !== '') {
      sections.get(current)?.push(line);
    }
  }
  const news = sections.get('tin tức') ?? [];
  const [title = '', ...rest] = news;
  // The page printed the title twice (list entry, then article heading).
  const body = rest[0] === title ? rest.slice(1) : rest;
  const byline = body.at(-1) ?? '';
  const paragraphs = body.slice(0, -1);
  const asciiIndex = paragraphs.findIndex((line) => /^[a-z0-9 ]+$/.test(line));
  const asciiTitle = asciiIndex >= 0 ? paragraphs[asciiIndex]! : '';
  const content = paragraphs.filter((_, index) => index !== asciiIndex).map(repair);
  return {
    siteName,
    linkedSiteNames: bullets(sections.get('website liên kết') ?? []),
    mapTitles: bullets(sections.get('bản đồ hành chính') ?? []),
    videoTitles: bullets(sections.get('thư viện video') ?? []),
    article: { title, asciiTitle, lead: content[0] ?? '', paragraphs: content, byline },
  };
}

export function readOriginalSite(file = ORIGINAL_SITE_FILE): OriginalSite {
  return parseOriginalSite(readFileSync(file, 'utf8'));
}
