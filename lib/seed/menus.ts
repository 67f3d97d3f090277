import type { PrismaClient } from '../database/client.ts';
import { DEFAULT_FOOTER_MENU, DEFAULT_HEADER_MENU } from '../menus/default-menus.ts';

export const MENUS_SEEDED_MARKER = 'system.menus_seeded_at';

/** Writes the former hard-coded header and footer menus as editable items, once. */
export async function seedMenus(prisma: PrismaClient): Promise<{ seeded: boolean }> {
  return prisma.$transaction(async (tx) => {
    if (await tx.siteSetting.findUnique({ where: { key: MENUS_SEEDED_MARKER } })) return { seeded: false };
    if ((await tx.menuItem.count()) === 0) {
      for (const [menu, items] of [
        ['HEADER', DEFAULT_HEADER_MENU],
        ['FOOTER', DEFAULT_FOOTER_MENU],
      ] as const) {
        for (const [position, item] of items.entries()) {
          const parent = await tx.menuItem.create({ data: { menu, position, label: item.label, kind: 'SECTION', target: item.href }, select: { id: true } });
          await tx.menuItem.createMany({
            data: (item.children ?? []).map((child, childPosition) => ({
              menu,
              parentId: parent.id,
              position: childPosition,
              label: child.label,
              kind: 'SECTION' as const,
              target: child.href,
            })),
          });
        }
      }
    }
    await tx.siteSetting.create({ data: { key: MENUS_SEEDED_MARKER, value: new Date().toISOString() } });
    return { seeded: true };
  });
}
