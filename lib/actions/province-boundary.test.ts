import { beforeEach, describe, expect, it, vi } from 'vitest';
vi.mock('next-auth', () => import('@/test/next-auth-mock'));
import { prisma } from '@/lib/db';
import { provinceBoundary, PROVINCE_BOUNDARY_KEY } from '@/lib/data/province-boundary';
import { actAs, expectForbidden, expectUnauthorized, formData, signedInAs } from '@/test/act-as';
import { invalidatedTags } from '@/test/next-cache-stub';
import { resetProvinceBoundaryAction, uploadProvinceBoundaryAction } from './province-boundary';

const POLYGON = JSON.stringify({
  type: 'Feature',
  properties: { ten: 'Tỉnh Ninh Bình' },
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [105.6, 20.0],
        [106.5, 20.0],
        [106.5, 20.7],
        [105.6, 20.7],
        [105.6, 20.0],
      ],
    ],
  },
});

beforeEach(async () => {
  invalidatedTags.length = 0;
  await prisma.siteSetting.deleteMany({ where: { key: PROVINCE_BOUNDARY_KEY } });
});

describe('the province boundary of the cluster map', () => {
  it('an admin replaces the illustrative outline with a GeoJSON file, audited, then goes back to it', async () => {
    expect((await provinceBoundary()).illustrative).toBe(true);
    await signedInAs('ADMIN');
    const uploaded = await uploadProvinceBoundaryAction(null, formData({ geojson: POLYGON, fileName: 'ninh-binh-2025.geojson' }));
    expect(uploaded).toMatchObject({ ok: true, message: 'Đã cập nhật ranh giới tỉnh: 1 vùng, 5 điểm (từ 5 điểm trong tệp).' });
    expect(invalidatedTags).toContain('province-boundary');
    const boundary = await provinceBoundary();
    expect(boundary).toMatchObject({ illustrative: false, source: 'ninh-binh-2025.geojson' });
    expect(boundary.rings[0]).toContainEqual([106.5, 20.7]);
    expect(await prisma.auditLog.count({ where: { action: 'map.boundaryUpload' } })).toBe(1);

    expect(await resetProvinceBoundaryAction(null, formData({}))).toMatchObject({ ok: true });
    expect((await provinceBoundary()).illustrative).toBe(true);
    expect(await prisma.auditLog.count({ where: { action: 'map.boundaryReset' } })).toBe(1);
    expect(await resetProvinceBoundaryAction(null, formData({}))).toMatchObject({ ok: false, message: 'Bản đồ đang dùng ranh giới minh họa.' });
  });

  it('a bad file gets a Vietnamese message and changes nothing', async () => {
    await signedInAs('ADMIN');
    await uploadProvinceBoundaryAction(null, formData({ geojson: POLYGON, fileName: 'dung.geojson' }));
    const before = await prisma.siteSetting.findUniqueOrThrow({ where: { key: PROVINCE_BOUNDARY_KEY } });
    invalidatedTags.length = 0;
    const svg = await uploadProvinceBoundaryAction(null, formData({ geojson: '<svg><path d="M0 0"/></svg>', fileName: 'ranh-gioi.svg' }));
    expect(svg).toMatchObject({ ok: false, errors: { geojson: ['Tệp không phải là GeoJSON hợp lệ (không đọc được JSON).'] } });
    const empty = await uploadProvinceBoundaryAction(null, formData({ geojson: '', fileName: '' }));
    expect(empty).toMatchObject({ ok: false, errors: { geojson: ['Hãy chọn tệp GeoJSON ranh giới tỉnh.'] } });
    expect(await prisma.siteSetting.findUniqueOrThrow({ where: { key: PROVINCE_BOUNDARY_KEY } })).toEqual(before);
    expect(invalidatedTags).toEqual([]);
  });

  it('only admins: editors and authors are refused, anonymous visitors are sent to sign in', async () => {
    await signedInAs('EDITOR');
    await expectForbidden(uploadProvinceBoundaryAction(null, formData({ geojson: POLYGON, fileName: 'x.geojson' })));
    await signedInAs('AUTHOR');
    await expectForbidden(resetProvinceBoundaryAction(null, formData({})));
    await actAs(null);
    await expectUnauthorized(uploadProvinceBoundaryAction(null, formData({ geojson: POLYGON, fileName: 'x.geojson' })));
    expect(await prisma.siteSetting.count({ where: { key: PROVINCE_BOUNDARY_KEY } })).toBe(0);
  });

  it('a stored value broken by hand leaves the map on the illustrative outline', async () => {
    await prisma.siteSetting.create({ data: { key: PROVINCE_BOUNDARY_KEY, value: '{"rings": "hỏng"}' } });
    expect((await provinceBoundary()).illustrative).toBe(true);
  });
});
