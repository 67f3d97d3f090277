import type { PrismaClient } from '../database/client.ts';
import { simplePdf } from '../media/office-files.ts';
import { fileKey, newKeyBase } from '../media/keys.ts';
import type { MediaStorage } from '../storage/storage.ts';
import { SYSTEM_AUTHOR_EMAIL } from './demo-content.ts';

// Demo content for issue 15 (current law and the merged province). Each step runs once, guarded
// by its own marker setting, so a database seeded before a step existed still gets it, and staff
// edits and deletions are never undone. The facts below come from secondary copies of the texts:
// README "Legal basis" says which were confirmed and which an editor must still check.

export const CURRENT_LAW_SEEDED_MARKER = 'system.current_law_seeded_at';

interface SeedLaw {
  documentType: 'LUAT' | 'NGHI_DINH' | 'NGHI_QUYET';
  number: string;
  issuingBody: string;
  signer: string;
  issuedOn: string;
  effectiveOn: string | null;
  summary: string;
  field: string;
}

export const DECREE_42_NUMBER = '42/2022/NĐ-CP';
export const DECREE_224_NUMBER = '224/2026/NĐ-CP';
export const ACCESS_TO_INFORMATION_LAW_NUMBER = '104/2016/QH13';

export const CURRENT_LAWS: readonly SeedLaw[] = [
  {
    documentType: 'NGHI_DINH',
    number: DECREE_224_NUMBER,
    issuingBody: 'Chính phủ',
    signer: '',
    issuedOn: '2026-06-24',
    effectiveOn: '2026-07-01',
    // Not confirmed against the official text (see README): the summary says so on screen.
    summary: 'Quy định chi tiết Luật Chuyển đổi số về cung cấp thông tin và dịch vụ công trực tuyến của cơ quan nhà nước trên môi trường mạng (trích yếu cần đối chiếu với bản chính thức)',
    field: 'Công nghệ thông tin',
  },
  {
    documentType: 'LUAT',
    number: ACCESS_TO_INFORMATION_LAW_NUMBER,
    issuingBody: 'Quốc hội',
    signer: 'Nguyễn Thị Kim Ngân',
    issuedOn: '2016-04-06',
    effectiveOn: '2018-07-01',
    summary: 'Luật Tiếp cận thông tin',
    field: 'Hành chính',
  },
  {
    documentType: 'NGHI_QUYET',
    number: '202/2025/QH15',
    issuingBody: 'Quốc hội',
    signer: 'Trần Thanh Mẫn',
    issuedOn: '2025-06-12',
    effectiveOn: '2025-06-12',
    summary: 'Về việc sắp xếp đơn vị hành chính cấp tỉnh (hợp nhất tỉnh Hà Nam, tỉnh Nam Định và tỉnh Ninh Bình thành tỉnh Ninh Bình)',
    field: 'Hành chính',
  },
];

async function storePdf(prisma: PrismaClient, storage: MediaStorage, originalName: string, lines: string[], uploaderId: string | null): Promise<string> {
  const data = simplePdf(lines);
  const storageKey = fileKey(newKeyBase('documents'), 'pdf');
  await storage.put(storageKey, data);
  const media = await prisma.media.create({ data: { storageKey, originalName, mimeType: 'application/pdf', byteSize: BigInt(data.length), uploaderId }, select: { id: true } });
  return media.id;
}

/**
 * NĐ 224/2026, Luật Tiếp cận thông tin and the province merger resolution as published legal
 * documents; NĐ 42/2022 (when present and not already linked by staff) is marked as replaced by
 * NĐ 224/2026, so it shows "Hết hiệu lực" through the existing replaced-by chain.
 */
export async function seedCurrentLaw(prisma: PrismaClient, storage: MediaStorage): Promise<{ seeded: boolean }> {
  if (await prisma.siteSetting.findUnique({ where: { key: CURRENT_LAW_SEEDED_MARKER } })) return { seeded: false };
  const author = await prisma.user.findUnique({ where: { email: SYSTEM_AUTHOR_EMAIL }, select: { id: true } });
  const existing = new Set((await prisma.legalDocument.findMany({ where: { number: { in: CURRENT_LAWS.map((law) => law.number) } }, select: { number: true } })).map((row) => row.number));
  // Files first: a failed seed leaves at most unreferenced files, never rows without files.
  const pdfIds = new Map<string, string>();
  for (const law of CURRENT_LAWS) {
    if (existing.has(law.number)) continue;
    pdfIds.set(law.number, await storePdf(prisma, storage, `${law.number.replace(/\//g, '-')}.pdf`, [law.number, law.issuingBody, 'Ban mau cho cong thong tin (demo)', `Ngay ban hanh: ${law.issuedOn}`], author?.id ?? null));
  }
  await prisma.$transaction(async (tx) => {
    for (const law of CURRENT_LAWS) {
      const mediaId = pdfIds.get(law.number);
      if (!mediaId) continue;
      const { issuedOn, effectiveOn, ...fields } = law;
      await tx.legalDocument.create({
        data: {
          ...fields,
          issuedOn: new Date(`${issuedOn}T00:00:00Z`),
          effectiveOn: effectiveOn ? new Date(`${effectiveOn}T00:00:00Z`) : null,
          published: true,
          attachments: { create: [{ mediaId, sortOrder: 0 }] },
        },
      });
    }
    const replacement = await tx.legalDocument.findUniqueOrThrow({ where: { number: DECREE_224_NUMBER }, select: { id: true } });
    await tx.legalDocument.updateMany({ where: { number: DECREE_42_NUMBER, replacedById: null }, data: { replacedById: replacement.id } });
    await tx.siteSetting.create({ data: { key: CURRENT_LAW_SEEDED_MARKER, value: new Date().toISOString() } });
  });
  return { seeded: true };
}

/** Every issue-15 demo step, in order; each runs at most once per database. */
export async function seedLawContent(prisma: PrismaClient, storage: MediaStorage): Promise<{ seeded: string[] }> {
  const seeded: string[] = [];
  if ((await seedCurrentLaw(prisma, storage)).seeded) seeded.push('văn bản pháp luật hiện hành');
  return { seeded };
}
