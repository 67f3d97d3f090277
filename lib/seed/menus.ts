import type { PrismaClient } from '../database/client.ts';
import { DEFAULT_FOOTER_MENU, DEFAULT_HEADER_MENU } from '../menus/default-menus.ts';

export const MENUS_SEEDED_MARKER = 'system.menus_seeded_at';

/** Writes the former hard-coded header and footer menus as editable items, once. */
export async function seedMenus(prisma: PrismaClient): Promise<{ seeded: boolean }> {
  return prisma.$transaction(async (tx) => {
    if (await tx.siteSetting.findUnique({ where: { key: MENUS_SEEDED_MARKER } })) return { seeded: false };
    if ((await tx.menuItem.count()) === 0) {
      const rows = [
        ...DEFAULT_HEADER_MENU.map((item, position) => ({ menu: 'HEADER' as const, position, label: item.label, kind: 'SECTION' as const, target: item.href })),
        ...DEFAULT_FOOTER_MENU.map((item, position) => ({ menu: 'FOOTER' as const, position, label: item.label, kind: 'SECTION' as const, target: item.href })),
      ];
      await tx.menuItem.createMany({ data: rows });
    }
    await tx.siteSetting.create({ data: { key: MENUS_SEEDED_MARKER, value: new Date().toISOString() } });
    return { seeded: true };
  });
}
