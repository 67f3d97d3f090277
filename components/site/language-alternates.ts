import type { Metadata } from 'next';
import { absoluteUrl } from './seo';

/** hreflang alternates (vi, en) for a page whose language versions are known, merged into its metadata. */
export function withLanguageAlternates(metadata: Metadata, paths: Partial<Record<'vi' | 'en', string>>): Metadata {
  const languages = Object.fromEntries(Object.entries(paths).map(([locale, path]) => [locale, absoluteUrl(path)]));
  if (Object.keys(languages).length < 2) return metadata;
  return { ...metadata, alternates: { ...metadata.alternates, languages } };
}
