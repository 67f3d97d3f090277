import { beforeEach, describe, expect, it, vi } from 'vitest';
vi.mock('next-auth', () => import('@/test/next-auth-mock'));
import { prisma } from '@/lib/db';
import { can } from '@/lib/auth/permissions';
import { publishedOrganizationTree, publishedLeaders } from '@/lib/data/organization';
import { deleteMediaIfUnused } from '@/lib/data/staff/media';
import { seedOrganization } from '@/lib/seed/organization-content';
import { actAs, expectForbidden, expectUnauthorized, signedInAs } from '@/test/act-as';
import { formData } from '@/test/form-data';
import { invalidatedTags } from '@/test/next-cache-stub';
import { actionDefinitionOf } from './define-action';
import { saveOfficialAction } from './officials';
import { deleteOrganizationUnitAction, saveOrganizationUnitAction } from './organization';

beforeEach(async () => {
  invalidatedTags.length = 0;
  // One database per file: each test starts from an empty chart and no officials.
  await prisma.$executeRawUnsafe('TRUNCATE organization_units, officials');
});

const UNIT = {
  name: 'Ban Giám đốc',
  parentId: '',
  duties: 'Lãnh đạo chung.\nĐiều hành.',
  head: 'Giám đốc',
  phone: '0229 3000 100',
  email: '',
  sortOrder: '0',
  published: 'on',
};

async function unit(values: Record<string, string>): Promise<string> {
  const result = await saveOrganizationUnitAction(null, formData({ ...UNIT, ...values }));
  expect(result.ok, result.message).toBe(true);
  return result.data!.id;
}

describe('organisation chart (NĐ 224/2026 Đ9 k1b)', () => {
  it('registry: organization.manage for editors and admins, declared on both actions', () => {
    expect(['ADMIN', 'EDITOR', 'AUTHOR'].map((role) => can(role as 'ADMIN', 'organization.manage'))).toEqual([true, true, false]);
    expect(actionDefinitionOf(saveOrganizationUnitAction)?.permission).toBe('organization.manage');
    expect(actionDefinitionOf(deleteOrganizationUnitAction)?.permission).toBe('organization.manage');
  });

  it('an editor builds a tree; readers get it nested, hidden branches left out', async () => {
    const editor = await signedInAs('EDITOR');
    const board = await unit({});
    const planning = await unit({ name: 'Phòng Kế hoạch - Đầu tư', parentId: board, sortOrder: '2' });
    await unit({ name: 'Phòng Hành chính - Tổng hợp', parentId: board, sortOrder: '1' });
    await unit({ name: 'Tổ xúc tiến', parentId: planning });
    const hidden = await unit({ name: 'Phòng ẩn', parentId: board, published: '' });
    await unit({ name: 'Tổ dưới phòng ẩn', parentId: hidden });
    expect(invalidatedTags).toContain('organization-units');
    expect(await prisma.auditLog.count({ where: { action: 'organization.create', actorId: editor.id } })).toBe(6);

    const tree = await publishedOrganizationTree();
    expect(tree.map((node) => node.name)).toEqual(['Ban Giám đốc']);
    expect(tree[0]!.children.map((node) => node.name)).toEqual(['Phòng Hành chính - Tổng hợp', 'Phòng Kế hoạch - Đầu tư']);
    expect(tree[0]!.children[1]!.children.map((node) => node.name)).toEqual(['Tổ xúc tiến']);
    expect(tree[0]).toMatchObject({ head: 'Giám đốc', phone: '0229 3000 100', duties: 'Lãnh đạo chung.\nĐiều hành.' });
  });

  it('refuses a cycle, a missing parent and bad fields with Vietnamese messages, changing nothing', async () => {
    await signedInAs('ADMIN');
    const board = await unit({});
    const division = await unit({ name: 'Phòng A', parentId: board });
    const team = await unit({ name: 'Tổ A', parentId: division });
    const before = await prisma.organizationUnit.findMany({ orderBy: { name: 'asc' } });

    const cycle = await saveOrganizationUnitAction(null, formData({ ...UNIT, id: board, parentId: team }));
    expect(cycle).toMatchObject({ ok: false, errors: { parentId: ['Không thể đặt một đơn vị dưới chính nó hoặc dưới đơn vị cấp dưới của nó.'] } });
    const self = await saveOrganizationUnitAction(null, formData({ ...UNIT, id: division, name: 'Phòng A', parentId: division }));
    expect(self.ok).toBe(false);
    const missing = await saveOrganizationUnitAction(null, formData({ ...UNIT, parentId: crypto.randomUUID() }));
    expect(missing).toMatchObject({ ok: false, errors: { parentId: ['Đơn vị cấp trên không còn tồn tại.'] } });
    const bad = await saveOrganizationUnitAction(
      null,
      formData({ ...UNIT, name: ' ', email: 'khong-phai-email', phone: 'abc', sortOrder: '-1', parentId: 'x' }),
    );
    expect(bad.ok).toBe(false);
    expect(bad.errors).toMatchObject({
      name: ['Tên đơn vị là bắt buộc.'],
      email: ['Email không hợp lệ.'],
      parentId: ['Đơn vị cấp trên không hợp lệ.'],
      sortOrder: ['Thứ tự từ 0 đến 9999.'],
    });
    const gone = await saveOrganizationUnitAction(null, formData({ ...UNIT, id: crypto.randomUUID() }));
    expect(gone).toMatchObject({ ok: false, message: 'Đơn vị này không còn tồn tại.' });
    expect(await prisma.organizationUnit.findMany({ orderBy: { name: 'asc' } })).toEqual(before);

    const withChildren = await deleteOrganizationUnitAction(null, formData({ id: division }));
    expect(withChildren).toMatchObject({ ok: false, message: 'Đơn vị này còn đơn vị cấp dưới: hãy chuyển hoặc xóa các đơn vị cấp dưới trước.' });
    expect((await deleteOrganizationUnitAction(null, formData({ id: team }))).ok).toBe(true);
    expect((await deleteOrganizationUnitAction(null, formData({ id: division }))).ok).toBe(true);
    expect(await prisma.organizationUnit.count()).toBe(1);
  });

  it('authors and anonymous visitors are refused, nothing written', async () => {
    await actAs('AUTHOR');
    await expectForbidden(saveOrganizationUnitAction(null, formData(UNIT)));
    await actAs(null);
    await expectUnauthorized(saveOrganizationUnitAction(null, formData(UNIT)));
    expect(await prisma.organizationUnit.count()).toBe(0);
  });
});

describe("leaders' profiles", () => {
  const OFFICIAL = { name: 'Nguyễn Văn Minh', position: 'Giám đốc', phone: '', email: '', sortOrder: '0', published: 'on', communeId: '' };

  it('an editor marks an official as leader with photo, duties and career; readers see only published leaders', async () => {
    await signedInAs('EDITOR');
    const photo = await prisma.media.create({
      data: {
        storageKey: `images/2026/12/${crypto.randomUUID()}-640.webp`,
        originalName: 'chan-dung.webp',
        mimeType: 'image/webp',
        byteSize: 10n,
        width: 640,
        height: 800,
      },
    });
    const saved = await saveOfficialAction(
      null,
      formData({ ...OFFICIAL, leader: 'on', photoId: photo.id, duties: 'Phụ trách chung.', bio: '2015–2020: Phó Giám đốc.\n2020 đến nay: Giám đốc.' }),
    );
    expect(saved.ok, saved.message).toBe(true);
    expect((await saveOfficialAction(null, formData({ ...OFFICIAL, name: 'Cán bộ đầu mối', position: 'Chuyên viên' }))).ok).toBe(true);
    expect((await saveOfficialAction(null, formData({ ...OFFICIAL, name: 'Lãnh đạo ẩn', leader: 'on', published: '' }))).ok).toBe(true);
    expect(invalidatedTags).toContain('officials');

    const leaders = await publishedLeaders();
    expect(leaders.map((leader) => leader.name)).toEqual(['Nguyễn Văn Minh']);
    expect(leaders[0]).toMatchObject({
      duties: 'Phụ trách chung.',
      bio: '2015–2020: Phó Giám đốc.\n2020 đến nay: Giám đốc.',
      photo: { id: photo.id, width: 640 },
    });

    // The photo is in use: the library refuses to delete it and says where.
    const admin = await actAs('ADMIN');
    const refused = await deleteMediaIfUnused(photo.id, { id: admin!.id, role: 'ADMIN', name: admin!.name, email: admin!.email } as never);
    expect(refused).toMatchObject({ ok: false, reason: 'inUse', usage: [{ kind: 'official', title: 'Nguyễn Văn Minh' }] });
  });

  it('refuses a photo that is not a library image, and a too-long career summary', async () => {
    await signedInAs('EDITOR');
    const pdf = await prisma.media.create({
      data: { storageKey: `documents/2026/12/${crypto.randomUUID()}.pdf`, originalName: 'a.pdf', mimeType: 'application/pdf', byteSize: 10n },
    });
    expect(await saveOfficialAction(null, formData({ ...OFFICIAL, leader: 'on', photoId: pdf.id }))).toMatchObject({
      ok: false,
      errors: { photoId: ['Hãy chọn một ảnh trong thư viện.'] },
    });
    expect(await saveOfficialAction(null, formData({ ...OFFICIAL, leader: 'on', photoId: crypto.randomUUID() }))).toMatchObject({ ok: false });
    expect(await saveOfficialAction(null, formData({ ...OFFICIAL, bio: 'x'.repeat(4001) }))).toMatchObject({
      ok: false,
      errors: { bio: ['Tóm tắt quá trình công tác không được dài quá 4000 ký tự.'] },
    });
    expect(await prisma.official.count()).toBe(0);
  });
});

describe('organisation seed', () => {
  it('creates the history page, the chart and leader profiles once, and keeps staff edits', async () => {
    await prisma.official.create({ data: { name: 'Nguyễn Văn Minh', position: 'Giám đốc Trung tâm (minh họa)' } });
    expect(await seedOrganization(prisma)).toEqual({ seeded: true });
    expect((await prisma.page.findUniqueOrThrow({ where: { slug: 'lich-su-hinh-thanh' } })).bodyText).toContain('Nội dung minh họa');
    expect(await prisma.organizationUnit.count()).toBe(4);
    expect(await prisma.official.findFirstOrThrow()).toMatchObject({ leader: true });
    await prisma.organizationUnit.deleteMany({ where: { parentId: { not: null } } });
    expect(await seedOrganization(prisma)).toEqual({ seeded: false });
    expect(await prisma.organizationUnit.count()).toBe(1);
  });
});
