'use server';

import { z } from 'zod';
import { cacheTags } from '@/lib/data/cache-tags';
import { resetProvinceBoundary, saveProvinceBoundary } from '@/lib/data/staff/province-boundary';
import { MAX_FILE_BYTES, parseBoundaryGeoJson } from '@/lib/decree/province-boundary-geojson';
import { failure, success } from './action-result';
import { defineAction } from './define-action';

// The province outline of the cluster map (issue 15 part 5): an admin replaces the seeded,
// illustrative outline with an official GeoJSON boundary, or goes back to it.

const uploadSchema = z.object({
  // The file's text, read in the browser (components/admin/communes/province-boundary-form.tsx).
  geojson: z.string().min(1, 'Hãy chọn tệp GeoJSON ranh giới tỉnh.').max(MAX_FILE_BYTES, 'Tệp lớn hơn 8 MB: hãy đơn giản hoá ranh giới trước khi tải lên.'),
  fileName: z.string().trim().max(200).default(''),
});

export const uploadProvinceBoundaryAction = defineAction(
  { permission: 'provinceBoundary.manage', schema: uploadSchema, invalidates: [cacheTags.provinceBoundary], forget: ['geojson'] },
  async ({ geojson, fileName }, { user }) => {
    const parsed = parseBoundaryGeoJson(geojson);
    if (!parsed.ok) return failure(parsed.message, { geojson: [parsed.message] });
    await saveProvinceBoundary(parsed.rings, fileName || 'ranh-gioi.geojson', parsed.originalPoints, user);
    const points = parsed.rings.reduce((sum, ring) => sum + ring.length, 0);
    return success(
      `Đã cập nhật ranh giới tỉnh: ${parsed.rings.length} vùng, ${points.toLocaleString('vi-VN')} điểm (từ ${parsed.originalPoints.toLocaleString('vi-VN')} điểm trong tệp).`,
    );
  },
);

export const resetProvinceBoundaryAction = defineAction(
  { permission: 'provinceBoundary.manage', schema: z.object({}), invalidates: [cacheTags.provinceBoundary] },
  async (_input, { user }) =>
    (await resetProvinceBoundary(user)) ? success('Bản đồ dùng lại ranh giới minh họa.') : failure('Bản đồ đang dùng ranh giới minh họa.'),
);
