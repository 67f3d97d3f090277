import { beforeEach, describe, expect, it, vi } from 'vitest';
vi.mock('next-auth', () => import('@/test/next-auth-mock'));
import { prisma } from '@/lib/db';
import { can } from '@/lib/auth/permissions';
import { clusterOrder, publishedClusterBySlug, publishedClusters } from '@/lib/data/clusters';
import { getStaffCluster, listStaffClusters } from '@/lib/data/staff/clusters';
import { occupancyPercent } from '@/lib/decree/clusters';
import { actAs, expectForbidden, expectUnauthorized, signedInAs } from '@/test/act-as';
import { formData } from '@/test/form-data';
import { invalidatedTags } from '@/test/next-cache-stub';
import { deleteClusterAction, saveClusterAction, searchArticlesForClusterAction } from './clusters';

const INITIAL = { ok: false };
beforeEach(() => {
  invalidatedTags.length = 0;
});

const DESCRIPTION = JSON.stringify({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Cụm công nghiệp mẫu.' }] }] });
const BASE = {
  name: 'Cụm công nghiệp Gia Phú',
  slug: 'ccn-gia-phu',
  district: 'Huyện Gia Viễn',
  commune: 'Xã Gia Phú',
  plannedAreaHa: '50',
  leasedAreaHa: '20',
  status: 'OPERATING',
  latitude: '20.3',
  longitude: '105.9',
  description: DESCRIPTION,
  published: 'on',
};

async function article(title: string, status: 'PUBLISHED' | 'DRAFT' = 'PUBLISHED') {
  const author = await prisma.user.create({ data: { email: `a-${crypto.randomUUID()}@test.local`, name: 'Tác giả', passwordHash: '!' } });
  return prisma.article.create({
    data: {
      title,
      slug: `tin-${crypto.randomUUID()}`,
      body: { type: 'doc', content: [] },
      status,
      publishedAt: status === 'PUBLISHED' ? new Date(Date.now() - 1000) : null,
      authorId: author.id,
    },
  });
}

describe('industrial clusters', () => {
  it('registry: cluster.manage for editors and admins', () => {
    expect(['ADMIN', 'EDITOR', 'AUTHOR'].map((role) => can(role as 'ADMIN', 'cluster.manage'))).toEqual([true, true, false]);
  });

  it('an editor creates clusters with photos and related news; readers see occupancy, sorting and only published news', async () => {
    const editor = await signedInAs('EDITOR');
    const photo = await prisma.media.create({
      data: {
        storageKey: `images/2026/11/${crypto.randomUUID()}-640.webp`,
        originalName: 'anh.webp',
        mimeType: 'image/webp',
        byteSize: 10n,
        width: 640,
        height: 480,
      },
    });
    const news = await article('Khởi công hạ tầng CCN Gia Phú');
    const draft = await article('Bản nháp chưa đăng', 'DRAFT');
    const created = await saveClusterAction(INITIAL, formData({ ...BASE, photoIds: photo.id, articleIds: `${news.id},${draft.id}` }));
    expect(created).toMatchObject({ ok: true, message: 'Đã thêm cụm công nghiệp.' });
    expect(invalidatedTags).toContain('clusters');
    expect(await prisma.auditLog.count({ where: { action: 'cluster.create', actorId: editor.id } })).toBe(1);
    await saveClusterAction(
      INITIAL,
      formData({
        ...BASE,
        name: 'Cụm công nghiệp Khánh Cư',
        slug: 'ccn-khanh-cu',
        district: 'Huyện Yên Khánh',
        plannedAreaHa: '80',
        leasedAreaHa: '60',
        latitude: '',
        longitude: '',
      }),
    );
    await saveClusterAction(INITIAL, formData({ ...BASE, name: 'Cụm chưa công bố', slug: 'ccn-an', published: '' }));

    const clusters = await publishedClusters();
    expect(clusters.map((cluster) => [cluster.slug, cluster.occupancy])).toEqual([
      ['ccn-gia-phu', 40],
      ['ccn-khanh-cu', 75],
    ]);
    expect(clusterOrder(clusters, 'lap-day', true).map((cluster) => cluster.slug)).toEqual(['ccn-khanh-cu', 'ccn-gia-phu']);
    expect(clusterOrder(clusters, 'dien-tich', false).map((cluster) => cluster.slug)).toEqual(['ccn-gia-phu', 'ccn-khanh-cu']);
    // Neither has a commune yet (districts are historical notes): the commune sort falls back to names.
    expect(clusterOrder(clusters, 'xa', false).map((cluster) => cluster.slug)).toEqual(['ccn-gia-phu', 'ccn-khanh-cu']);

    const detail = await publishedClusterBySlug('ccn-gia-phu');
    expect(detail?.news.map((item) => item.title)).toEqual(['Khởi công hạ tầng CCN Gia Phú']);
    expect(detail?.photos.map((item) => item.id)).toEqual([photo.id]);
    expect(detail?.descriptionHtml).toContain('Cụm công nghiệp mẫu.');
    expect(await publishedClusterBySlug('ccn-an')).toBeNull();
    expect((await listStaffClusters()).length).toBe(3);
    expect((await searchArticlesForClusterAction('Gia Phú')).data!.map((item) => item.title)).toEqual(['Khởi công hạ tầng CCN Gia Phú']);
    // A NUL byte (PostgreSQL refuses it) is a space, not a server error; non-strings list the newest.
    expect((await searchArticlesForClusterAction('Gia\u0000Phú')).data!.map((item) => item.title)).toEqual(['Khởi công hạ tầng CCN Gia Phú']);
    expect((await searchArticlesForClusterAction({ toString: 'x' })).data).toEqual((await searchArticlesForClusterAction('')).data);

    // Editing replaces the related news.
    const id = created.data!.id;
    expect((await saveClusterAction(INITIAL, formData({ ...BASE, id, leasedAreaHa: '25', articleIds: '' }))).ok).toBe(true);
    expect((await getStaffCluster(id))?.articles).toEqual([]);
    expect(occupancyPercent({ plannedAreaHa: 50, leasedAreaHa: 25 })).toBe(50);
  });

  it('validates figures, coordinates, references and slugs in Vietnamese', async () => {
    await signedInAs('ADMIN');
    const typed = { ...BASE, name: '', status: 'X', plannedAreaHa: '', latitude: '120' };
    const result = await saveClusterAction(INITIAL, formData(typed));
    expect(result.errors).toMatchObject({
      name: ['Tên cụm công nghiệp là bắt buộc.'],
      status: ['Vui lòng chọn tình trạng.'],
      plannedAreaHa: ['Diện tích quy hoạch phải là số.'],
      latitude: ['Vĩ độ từ -90 đến 90.'],
    });
    expect(result.values).toMatchObject(typed);
    // Cross-field rules, once every field is valid on its own.
    const crossed = await saveClusterAction(
      INITIAL,
      formData({ ...BASE, plannedAreaHa: '10', leasedAreaHa: '12', latitude: '20.1', longitude: '', landPriceMin: '900000', landPriceMax: '800000' }),
    );
    expect(crossed.errors).toMatchObject({
      leasedAreaHa: ['Diện tích đã cho thuê không được lớn hơn diện tích quy hoạch.'],
      longitude: ['Nhập cả vĩ độ và kinh độ, hoặc bỏ trống cả hai.'],
      landPriceMax: ['Giá cao nhất phải từ giá thấp nhất trở lên.'],
    });
    const pdf = await prisma.media.create({
      data: { storageKey: `documents/2026/11/${crypto.randomUUID()}.pdf`, originalName: 'a.pdf', mimeType: 'application/pdf', byteSize: 1n },
    });
    expect((await saveClusterAction(INITIAL, formData({ ...BASE, slug: 'ccn-x', photoIds: pdf.id }))).errors?.photoIds).toEqual([
      'Ảnh phải là ảnh trong thư viện.',
    ]);
    expect((await saveClusterAction(INITIAL, formData({ ...BASE, slug: 'ccn-y' }))).ok).toBe(true);
    expect((await saveClusterAction(INITIAL, formData({ ...BASE, slug: 'ccn-y' }))).errors?.slug).toEqual([
      'Đường dẫn "ccn-y" đã có cụm công nghiệp khác dùng.',
    ]);
    expect((await saveClusterAction(INITIAL, formData({ ...BASE, slug: 'ccn-z', description: '{khong-phai-json' }))).ok).toBe(false);
  });

  it('authors and anonymous callers change nothing', async () => {
    await signedInAs('EDITOR');
    const id = (await saveClusterAction(INITIAL, formData({ ...BASE, slug: 'ccn-giu' }))).data!.id;
    const before = await getStaffCluster(id);
    invalidatedTags.length = 0;
    await signedInAs('AUTHOR');
    await expectForbidden(saveClusterAction(INITIAL, formData({ ...BASE, id, name: 'Đổi tên' })));
    await expectForbidden(deleteClusterAction(INITIAL, formData({ id })));
    await expectForbidden(searchArticlesForClusterAction(''));
    await actAs(null);
    await expectUnauthorized(saveClusterAction(INITIAL, formData({ ...BASE, slug: 'ccn-moi' })));
    expect(await getStaffCluster(id)).toEqual(before);
    expect(invalidatedTags).toEqual([]);
    await signedInAs('ADMIN');
    expect(await deleteClusterAction(INITIAL, formData({ id }))).toMatchObject({ ok: true });
    expect(await getStaffCluster(id)).toBeNull();
  });
});
