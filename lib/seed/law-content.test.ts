import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { legalStatus } from '@/lib/decree/legal-documents';
import { LocalDiskStorage } from '@/lib/storage/local-disk';
import { seedDecreeContent } from './decree-content';
import { seedDemoContent } from './demo-content';
import { searchProcedures } from '@/lib/data/procedures';
import { publishedCatalogEntries, publishedDisclosureItems } from '@/lib/data/disclosure';
import {
  ACCESS_TO_INFORMATION_LAW_NUMBER,
  CURRENT_LAW_SEEDED_MARKER,
  DECREE_224_NUMBER,
  DECREE_42_NUMBER,
  COMMUNE_SOURCE,
  DEMO_PROCEDURES,
  DISCLOSURE_CATALOG,
  VERIFIED_COMMUNES,
  PROCEDURE_DEMO_NOTE,
  seedLawContent,
} from './law-content';

let root: string;
beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'ccn-law-seed-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('seedLawContent', () => {
  it('adds NĐ 224/2026 and Luật Tiếp cận thông tin, marks NĐ 42/2022 as replaced, and runs once', async () => {
    const storage = new LocalDiskStorage(root);
    await seedDemoContent(prisma);
    await seedDecreeContent(prisma, storage);
    expect((await seedLawContent(prisma, storage)).seeded).toEqual([
      'văn bản pháp luật hiện hành',
      'thủ tục hành chính',
      'công khai thông tin',
      'xã, phường',
      'lịch sử, cơ cấu tổ chức, lãnh đạo',
    ]);

    const decree224 = await prisma.legalDocument.findUniqueOrThrow({
      where: { number: DECREE_224_NUMBER },
      include: { attachments: { include: { media: true } }, replaces: true },
    });
    expect(decree224).toMatchObject({ published: true, documentType: 'NGHI_DINH', issuingBody: 'Chính phủ' });
    expect(decree224.attachments[0]!.media.mimeType).toBe('application/pdf');
    expect(decree224.replaces.map((row) => row.number)).toEqual([DECREE_42_NUMBER]);
    const law = await prisma.legalDocument.findUniqueOrThrow({ where: { number: ACCESS_TO_INFORMATION_LAW_NUMBER } });
    expect(law).toMatchObject({ documentType: 'LUAT', summary: 'Luật Tiếp cận thông tin', published: true });

    const decree42 = await prisma.legalDocument.findUniqueOrThrow({ where: { number: DECREE_42_NUMBER } });
    expect(decree42.replacedById).toBe(decree224.id);
    expect(legalStatus(decree42)).toBe('expired');
    // The older chain is untouched: 43/2011 still points at 42/2022.
    expect((await prisma.legalDocument.findUniqueOrThrow({ where: { number: '43/2011/NĐ-CP' } })).replacedById).toBe(decree42.id);

    // Demo procedures: published, marked as data to verify, citing the seeded documents.
    const procedures = await prisma.administrativeProcedure.findMany({ include: { legalBasis: { include: { document: true } } } });
    expect(procedures).toHaveLength(DEMO_PROCEDURES.length);
    expect(procedures.every((row) => row.published && row.note === PROCEDURE_DEMO_NOTE && row.nationalPortalUrl.startsWith('https://dichvucong.gov.vn/'))).toBe(
      true,
    );
    const land = procedures.find((row) => row.slug === 'thue-dat-trong-cum-cong-nghiep')!;
    expect(land.legalBasis.map((row) => row.document.number)).toEqual(['32/2024/NĐ-CP']);
    const investment = procedures.find((row) => row.slug === 'chap-thuan-chu-truong-dau-tu')!;
    expect(investment.legalBasis.map((row) => row.document.number)).toEqual(['61/2020/QH14', '31/2021/NĐ-CP', '32/2024/NĐ-CP']);
    expect((await searchProcedures({ q: 'thue dat cum cong nghiep' })).map((row) => row.slug)).toEqual(['thue-dat-trong-cum-cong-nghiep']);

    // The disclosure catalog and two illustrative items, the report with its PDF.
    expect((await publishedCatalogEntries()).map((entry) => entry.location)).toEqual(DISCLOSURE_CATALOG.map((entry) => entry.location));
    const disclosed = await publishedDisclosureItems({});
    expect(disclosed.map((item) => item.kind).sort()).toEqual(['BUDGET', 'PROCUREMENT']);
    expect(disclosed.every((item) => item.title.endsWith('(minh họa)'))).toBe(true);
    expect(disclosed.find((item) => item.kind === 'BUDGET')?.attachments.map((file) => file.mimeType)).toEqual(['application/pdf']);

    // Only verified communes, marked with their source.
    const communes = await prisma.commune.findMany({ orderBy: { name: 'asc' } });
    expect(communes.map((row) => [row.name, row.kind, row.verified, row.source])).toEqual(
      VERIFIED_COMMUNES.map((row) => [row.name, row.kind, true, COMMUNE_SOURCE]),
    );

    // Idempotent: a second run changes nothing, and a staff deletion stays deleted.
    await prisma.commune.delete({ where: { name: 'Bình Mỹ' } });
    await prisma.disclosureCatalogEntry.deleteMany({ where: { location: '/lien-he' } });
    await prisma.legalDocument.delete({ where: { number: '202/2025/QH15' } });
    await prisma.administrativeProcedure.delete({ where: { slug: 'cap-giay-phep-moi-truong' } });
    const counts = async () => [
      await prisma.legalDocument.count(),
      await prisma.media.count(),
      await prisma.administrativeProcedure.count(),
      await prisma.procedureLegalBasis.count(),
      await prisma.disclosureCatalogEntry.count(),
      await prisma.disclosureItem.count(),
      await prisma.commune.count(),
      await prisma.siteSetting.count({ where: { key: CURRENT_LAW_SEEDED_MARKER } }),
    ];
    const before = await counts();
    expect(await seedLawContent(prisma, storage)).toEqual({ seeded: [] });
    expect(await counts()).toEqual(before);
  });

  it('leaves a replacement chosen by staff alone and works on a database without NĐ 42/2022', async () => {
    const storage = new LocalDiskStorage(root);
    await prisma.siteSetting.deleteMany({ where: { key: CURRENT_LAW_SEEDED_MARKER } });
    await prisma.legalDocument.deleteMany({ where: { number: { in: [DECREE_224_NUMBER, ACCESS_TO_INFORMATION_LAW_NUMBER] } } });
    const other = await prisma.legalDocument.create({
      data: { documentType: 'NGHI_DINH', number: '1/2026/NĐ-CP', issuingBody: 'Chính phủ', issuedOn: new Date('2026-01-01'), summary: 'Khác' },
    });
    await prisma.legalDocument.update({ where: { number: DECREE_42_NUMBER }, data: { replacedById: other.id } });
    await seedLawContent(prisma, storage);
    expect((await prisma.legalDocument.findUniqueOrThrow({ where: { number: DECREE_42_NUMBER } })).replacedById).toBe(other.id);

    await prisma.siteSetting.deleteMany({ where: { key: CURRENT_LAW_SEEDED_MARKER } });
    await prisma.legalDocument.delete({ where: { number: DECREE_42_NUMBER } }).catch(async () => undefined);
    expect((await seedLawContent(prisma, storage)).seeded).toHaveLength(1);
    expect(await prisma.legalDocument.count({ where: { number: DECREE_224_NUMBER } })).toBe(1);
  });
});
