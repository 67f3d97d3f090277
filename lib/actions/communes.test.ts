import { beforeEach, describe, expect, it, vi } from 'vitest';
vi.mock('next-auth', () => import('@/test/next-auth-mock'));
import { prisma } from '@/lib/db';
import { can } from '@/lib/auth/permissions';
import { clusterOrder, clustersInCommune, publishedClusters } from '@/lib/data/clusters';
import { communeOptions } from '@/lib/data/communes';
import { publishedProjectBySlug } from '@/lib/data/projects';
import { getStaffCommune, listStaffCommunes } from '@/lib/data/staff/communes';
import { communeLabel } from '@/lib/decree/communes';
import { actAs, expectForbidden, expectUnauthorized, signedInAs } from '@/test/act-as';
import { formData } from '@/test/form-data';
import { invalidatedTags } from '@/test/next-cache-stub';
import { saveClusterAction } from './clusters';
import { deleteCommuneAction, saveCommuneAction } from './communes';
import { actionDefinitionOf } from './define-action';
import { saveOfficialAction } from './officials';
import { saveProjectAction } from './projects';

beforeEach(() => {
  invalidatedTags.length = 0;
});

const DESCRIPTION = JSON.stringify({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Mô tả.' }] }] });
const CLUSTER = {
  name: 'Cụm công nghiệp A',
  slug: 'ccn-a',
  plannedAreaHa: '50',
  leasedAreaHa: '10',
  status: 'OPERATING',
  description: DESCRIPTION,
  published: 'on',
};

async function commune(name: string, kind = 'XA'): Promise<string> {
  const result = await saveCommuneAction(null, formData({ name, kind, formerDistrict: '', source: '', verified: '' }));
  expect(result.ok, result.message).toBe(true);
  return result.data!.id;
}

describe('communes (places after 01/07/2025)', () => {
  it('registry: commune.manage for editors and admins, declared on both actions', () => {
    expect(['ADMIN', 'EDITOR', 'AUTHOR'].map((role) => can(role as 'ADMIN', 'commune.manage'))).toEqual([true, true, false]);
    expect(actionDefinitionOf(saveCommuneAction)?.permission).toBe('commune.manage');
    expect(actionDefinitionOf(deleteCommuneAction)?.permission).toBe('commune.manage');
  });

  it('an editor adds communes; clusters point to one and readers filter and sort by it', async () => {
    const editor = await signedInAs('EDITOR');
    const binhLuc = await commune('Bình Lục');
    const hoaLu = await commune('Hoa Lư', 'PHUONG');
    expect(invalidatedTags).toEqual(expect.arrayContaining(['communes', 'clusters']));
    expect(await prisma.auditLog.count({ where: { action: 'commune.create', actorId: editor.id } })).toBe(2);
    expect((await communeOptions()).map(communeLabel)).toEqual(['Xã Bình Lục', 'Phường Hoa Lư']);

    expect((await saveClusterAction({ ok: false }, formData({ ...CLUSTER, communeId: hoaLu }))).ok).toBe(true);
    expect(
      (
        await saveClusterAction(
          { ok: false },
          formData({ ...CLUSTER, name: 'Cụm công nghiệp B', slug: 'ccn-b', communeId: binhLuc, district: 'Huyện Bình Lục' }),
        )
      ).ok,
    ).toBe(true);
    expect((await saveClusterAction({ ok: false }, formData({ ...CLUSTER, name: 'Cụm công nghiệp C', slug: 'ccn-c' }))).ok).toBe(true);

    const clusters = await publishedClusters();
    expect(clustersInCommune(clusters, binhLuc).map((cluster) => cluster.slug)).toEqual(['ccn-b']);
    expect(clustersInCommune(clusters, null)).toHaveLength(3);
    // By commune name (Bình Lục before Hoa Lư); clusters without one come last.
    expect(clusterOrder(clusters, 'xa', false).map((cluster) => cluster.slug)).toEqual(['ccn-b', 'ccn-a', 'ccn-c']);
    expect(clusters.find((cluster) => cluster.slug === 'ccn-b')?.district).toBe('Huyện Bình Lục');

    // Deleting a commune leaves its clusters without one (never deletes them).
    expect(await deleteCommuneAction(null, formData({ id: hoaLu }))).toMatchObject({ ok: true });
    expect((await publishedClusters()).find((cluster) => cluster.slug === 'ccn-a')?.place).toBeNull();
    expect((await listStaffCommunes()).map((row) => [row.name, row._count.clusters])).toEqual([['Bình Lục', 1]]);
  });

  it('projects and contacts point to a commune; a missing one is a Vietnamese field error and saves nothing', async () => {
    await signedInAs('EDITOR');
    const binhMy = await commune('Bình Mỹ');
    const project = { title: 'Dự án hạ tầng', slug: 'du-an-ha-tang-binh-my', kind: 'PROJECT', status: 'PREPARING', startYear: '2026', published: 'on' };
    expect((await saveProjectAction({ ok: false }, formData({ ...project, communeId: binhMy }))).ok).toBe(true);
    expect((await publishedProjectBySlug('du-an-ha-tang-binh-my'))?.place?.name).toBe('Bình Mỹ');
    const gone = crypto.randomUUID();
    expect((await saveProjectAction({ ok: false }, formData({ ...project, slug: 'khac', communeId: gone }))).errors?.communeId).toEqual([
      'Xã, phường này không còn trong danh sách, hãy tải lại trang.',
    ]);
    expect((await saveProjectAction({ ok: false }, formData({ ...project, slug: 'khac', communeId: 'khong-hop-le' }))).errors?.communeId).toEqual([
      'Xã, phường không hợp lệ.',
    ]);
    expect(await prisma.project.count({ where: { slug: 'khac' } })).toBe(0);

    const official = { name: 'Nguyễn Văn A', position: 'Chuyên viên', phone: '', email: '', sortOrder: '0', published: 'on' };
    expect((await saveOfficialAction({ ok: false }, formData({ ...official, communeId: binhMy }))).ok).toBe(true);
    expect((await prisma.official.findFirstOrThrow({ where: { name: 'Nguyễn Văn A' } })).communeId).toBe(binhMy);
    const before = await prisma.official.count();
    expect((await saveOfficialAction({ ok: false }, formData({ ...official, name: 'Khác', communeId: gone }))).errors?.communeId).toHaveLength(1);
    expect((await saveClusterAction({ ok: false }, formData({ ...CLUSTER, slug: 'ccn-loi', communeId: gone }))).errors?.communeId).toHaveLength(1);
    expect(await prisma.official.count()).toBe(before);
    expect(await prisma.industrialCluster.count({ where: { slug: 'ccn-loi' } })).toBe(0);
  });

  it('validates in Vietnamese, refuses duplicates, and only staff with the permission change anything', async () => {
    await signedInAs('ADMIN');
    const before = await prisma.commune.count();
    const bad = await saveCommuneAction(null, formData({ name: 'Xã Gia Viễn', kind: 'HUYEN' }));
    expect(bad.errors).toMatchObject({ name: ['Chỉ nhập tên, không nhập "Xã", "Phường" hay "Đặc khu" ở đầu.'], kind: ['Vui lòng chọn loại đơn vị.'] });
    expect((await saveCommuneAction(null, formData({ name: '', kind: 'XA' }))).errors?.name).toEqual(['Tên xã, phường, đặc khu là bắt buộc.']);
    const id = await commune('Gia Viễn');
    expect((await saveCommuneAction(null, formData({ name: 'Gia Viễn', kind: 'XA' }))).errors?.name).toEqual(['"Gia Viễn" đã có trong danh sách.']);
    expect(await prisma.commune.count()).toBe(before + 1);

    await signedInAs('AUTHOR');
    await expectForbidden(saveCommuneAction(null, formData({ id, name: 'Đổi', kind: 'XA' })));
    await expectForbidden(deleteCommuneAction(null, formData({ id })));
    await actAs(null);
    await expectUnauthorized(deleteCommuneAction(null, formData({ id })));
    expect((await getStaffCommune(id))?.name).toBe('Gia Viễn');

    await signedInAs('EDITOR');
    expect(
      await saveCommuneAction(null, formData({ id, name: 'Gia Viễn', kind: 'XA', formerDistrict: 'Huyện Gia Viễn', verified: 'on', source: 'NQ 1674' })),
    ).toMatchObject({ ok: true, message: 'Đã lưu.' });
    expect(await getStaffCommune(id)).toMatchObject({ formerDistrict: 'Huyện Gia Viễn', verified: true, source: 'NQ 1674' });
    expect(await saveCommuneAction(null, formData({ id: crypto.randomUUID(), name: 'X', kind: 'XA' }))).toMatchObject({
      ok: false,
      message: 'Xã, phường này không còn trong danh sách.',
    });
  });
});
