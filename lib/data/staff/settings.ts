import 'server-only';
import { prisma } from '@/lib/db';
import type { SessionUser } from '@/lib/auth/session-user';
import { SETTING_KEYS, type SettingKey, type SiteSettings } from '@/lib/data/settings';
import type { SettingsInput } from '@/lib/validation/settings';
import { recordAudit } from './audit';

const fieldOf = (key: SettingKey) => key.replace('.', '_') as keyof SettingsInput;

/** Current stored values (uncached: the admin form must show what is in the database). */
export async function readSettingsForEdit(): Promise<SettingsInput> {
  const rows = await prisma.siteSetting.findMany({ where: { key: { in: [...SETTING_KEYS] } } });
  const values = Object.fromEntries(SETTING_KEYS.map((key) => [fieldOf(key), ''])) as SettingsInput;
  for (const row of rows) values[fieldOf(row.key as SettingKey)] = row.value;
  return values;
}

/** Saves every setting in one transaction and audits what changed (old → new). */
export async function saveSettings(input: SettingsInput, actor: SessionUser): Promise<{ changed: SettingKey[] }> {
  return prisma.$transaction(async (tx) => {
    const rows = await tx.siteSetting.findMany({ where: { key: { in: [...SETTING_KEYS] } } });
    const before = Object.fromEntries(rows.map((row) => [row.key, row.value])) as Partial<SiteSettings>;
    const changes: Record<string, { from: string; to: string }> = {};
    for (const key of SETTING_KEYS) {
      const value = input[fieldOf(key)];
      if ((before[key] ?? '') === value && before[key] !== undefined) continue;
      await tx.siteSetting.upsert({ where: { key }, create: { key, value }, update: { value } });
      changes[key] = { from: before[key] ?? '', to: value };
    }
    const changed = Object.keys(changes) as SettingKey[];
    if (changed.length > 0) await recordAudit({ actor, action: 'settings.update', entityType: 'SiteSetting', summary: changes }, tx);
    return { changed };
  });
}
