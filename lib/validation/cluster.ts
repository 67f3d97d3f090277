import { z } from 'zod';
import { CLUSTER_STATUSES } from '@/lib/decree/clusters';
import { bodySchema, slugSchema } from './article';
import { optionalText, requiredText } from './common';
import { idList } from './legal-document';
import { communeIdField } from './commune';

// The industrial-cluster form (admin). Numbers arrive as text from <input type="number">; the
// Tiptap description as JSON in a hidden field; photos and related news as comma-separated ids.

const checkbox = z.preprocess((value) => value === true || value === 'on' || value === 'true', z.boolean());
const blankToNull = (value: unknown) => (value === '' || value == null ? null : value);

function hectares(label: string) {
  return z.coerce.number(`${label} phải là số.`).min(0, `${label} không được âm.`).max(100_000, `${label} quá lớn.`);
}

const price = z.preprocess(
  blankToNull,
  z.coerce
    .number('Giá đất phải là số.')
    .int('Giá đất là số nguyên (đồng/m²).')
    .min(0, 'Giá đất không được âm.')
    .max(2_000_000_000, 'Giá đất quá lớn.')
    .nullable(),
);

const description = z.preprocess((value) => {
  if (typeof value !== 'string' || value.trim() === '') return { type: 'doc', content: [{ type: 'paragraph' }] };
  try {
    return JSON.parse(value);
  } catch {
    return null;
  }
}, bodySchema);

export const clusterInputSchema = z
  .object({
    name: requiredText('Tên cụm công nghiệp', 200),
    slug: slugSchema,
    communeId: communeIdField,
    // Historical notes (before 01/07/2025 there were districts).
    district: optionalText('Huyện cũ', 100),
    commune: optionalText('Xã cũ', 100),
    plannedAreaHa: z.preprocess(
      (value) => (value === '' || value == null ? undefined : value),
      hectares('Diện tích quy hoạch').positive('Diện tích quy hoạch phải lớn hơn 0.'),
    ),
    leasedAreaHa: z.preprocess((value) => (value === '' || value == null ? 0 : value), hectares('Diện tích đã cho thuê')),
    status: z.enum(CLUSTER_STATUSES, 'Vui lòng chọn tình trạng.'),
    power: optionalText('Cấp điện', 500),
    water: optionalText('Cấp nước', 500),
    wastewater: optionalText('Xử lý nước thải', 500),
    roads: optionalText('Giao thông', 500),
    industries: optionalText('Ngành nghề thu hút', 1000),
    developer: optionalText('Chủ đầu tư hạ tầng', 300),
    contact: optionalText('Liên hệ', 500),
    landPriceMin: price,
    landPriceMax: price,
    latitude: z.preprocess(blankToNull, z.coerce.number('Vĩ độ phải là số.').min(-90, 'Vĩ độ từ -90 đến 90.').max(90, 'Vĩ độ từ -90 đến 90.').nullable()),
    longitude: z.preprocess(
      blankToNull,
      z.coerce.number('Kinh độ phải là số.').min(-180, 'Kinh độ từ -180 đến 180.').max(180, 'Kinh độ từ -180 đến 180.').nullable(),
    ),
    description,
    photoIds: idList,
    articleIds: z.preprocess(
      (value) =>
        typeof value === 'string'
          ? value
              .split(',')
              .map((item) => item.trim())
              .filter(Boolean)
          : (value ?? []),
      z.array(z.uuid('Tin liên quan không hợp lệ.')).max(50, 'Tối đa 50 tin liên quan.'),
    ),
    published: checkbox.default(false),
  })
  .superRefine((value, context) => {
    if (value.plannedAreaHa !== undefined && value.leasedAreaHa > value.plannedAreaHa) {
      context.addIssue({ code: 'custom', path: ['leasedAreaHa'], message: 'Diện tích đã cho thuê không được lớn hơn diện tích quy hoạch.' });
    }
    if (value.landPriceMin !== null && value.landPriceMax !== null && value.landPriceMax < value.landPriceMin) {
      context.addIssue({ code: 'custom', path: ['landPriceMax'], message: 'Giá cao nhất phải từ giá thấp nhất trở lên.' });
    }
    if ((value.latitude === null) !== (value.longitude === null)) {
      context.addIssue({ code: 'custom', path: ['longitude'], message: 'Nhập cả vĩ độ và kinh độ, hoặc bỏ trống cả hai.' });
    }
  });

export type ClusterInput = z.output<typeof clusterInputSchema>;

/**
 * The article picker's search text: control characters (PostgreSQL refuses NUL) become spaces,
 * and it is cut at 200 characters; anything that is not a string fails.
 */
export const articleChoiceQuerySchema = z.string().transform((value) =>
  value
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .trim()
    .slice(0, 200),
);
