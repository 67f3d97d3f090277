import 'server-only';
import { cacheTag } from 'next/cache';
import { prisma } from '@/lib/db';
import { cacheTags } from './cache-tags';

export const SETTING_KEYS = ['site.name', 'site.description', 'contact.address', 'contact.phone', 'contact.fax', 'contact.email', 'footer.text'] as const;
export type SettingKey = (typeof SETTING_KEYS)[number];
export type SiteSettings = Record<SettingKey, string>;

const DEFAULTS: SiteSettings = {
  'site.name': 'Trung tâm Đầu tư phát triển cụm công nghiệp tỉnh Ninh Bình',
  'site.description': '',
  'contact.address': '',
  'contact.phone': '',
  'contact.fax': '',
  'contact.email': '',
  'footer.text': '',
};

/** Public site settings, with defaults for keys that were never set. */
export async function getSiteSettings(): Promise<SiteSettings> {
  'use cache';
  cacheTag(cacheTags.settings);
  const rows = await prisma.siteSetting.findMany({ where: { key: { in: [...SETTING_KEYS] } } });
  const settings = { ...DEFAULTS };
  for (const row of rows) settings[row.key as SettingKey] = row.value;
  return settings;
}
