import simplify from 'simplify-js';
import type { Ring } from './province-map';

// An admin's province boundary from a GeoJSON file (what GIS offices and the national
// administrative-boundary data publish): a Polygon or MultiPolygon, bare, as a Feature, or as
// the polygons of a FeatureCollection. Outer rings only (holes do not matter for a locator map),
// simplified (Ramer–Douglas–Peucker, simplify-js) so an official file of 100,000 points becomes
// an outline of at most MAX_POINTS that every map page can inline.
//
// SVG boundaries are not accepted: an SVG has no coordinates on the Earth, so cluster markers
// (stored as latitude/longitude) could not be placed on it.

export const MAX_POINTS = 1_500;
export const MAX_FILE_BYTES = 8 * 1024 * 1024;

// Around Việt Nam, with room: a file in another projection (metres, VN-2000) is refused.
const LONGITUDE_RANGE = [100, 112] as const;
const LATITUDE_RANGE = [6, 25] as const;

export type BoundaryParseResult = { ok: true; rings: Ring[]; originalPoints: number } | { ok: false; message: string };

type Position = unknown[];

function outerRings(geometry: unknown): unknown[] | string {
  if (!geometry || typeof geometry !== 'object') return 'Tệp không chứa vùng ranh giới (Polygon hoặc MultiPolygon).';
  const { type, coordinates, geometry: inner, features } = geometry as { type?: unknown; coordinates?: unknown; geometry?: unknown; features?: unknown };
  switch (type) {
    case 'Polygon':
      return Array.isArray(coordinates) && coordinates.length > 0 ? [coordinates[0]] : 'Vùng (Polygon) trong tệp không có toạ độ.';
    case 'MultiPolygon':
      return Array.isArray(coordinates)
        ? coordinates.map((polygon: unknown) => (Array.isArray(polygon) ? polygon[0] : undefined))
        : 'MultiPolygon trong tệp không có toạ độ.';
    case 'Feature':
      return outerRings(inner);
    case 'FeatureCollection': {
      if (!Array.isArray(features)) return 'FeatureCollection không có danh sách đối tượng.';
      const rings: unknown[] = [];
      for (const feature of features) {
        const found = outerRings(feature);
        if (Array.isArray(found)) rings.push(...found);
      }
      return rings.length > 0 ? rings : 'Không có đối tượng nào trong tệp là vùng (Polygon hoặc MultiPolygon).';
    }
    default:
      return `Kiểu hình học "${String(type).slice(0, 40)}" không dùng được: cần Polygon hoặc MultiPolygon.`;
  }
}

function readRing(value: unknown): { ring: [number, number][] } | { message: string } {
  if (!Array.isArray(value) || value.length < 4) return { message: 'Một vùng trong tệp có ít hơn 4 điểm.' };
  const ring: [number, number][] = [];
  for (const position of value as Position[]) {
    const [longitude, latitude] = Array.isArray(position) ? position : [];
    if (typeof longitude !== 'number' || typeof latitude !== 'number' || !Number.isFinite(longitude) || !Number.isFinite(latitude)) {
      return { message: 'Tệp có toạ độ không phải là số.' };
    }
    if (longitude < LONGITUDE_RANGE[0] || longitude > LONGITUDE_RANGE[1] || latitude < LATITUDE_RANGE[0] || latitude > LATITUDE_RANGE[1]) {
      return { message: 'Toạ độ nằm ngoài Việt Nam: tệp cần dùng kinh độ, vĩ độ WGS 84 (EPSG:4326), không dùng hệ VN-2000 hay mét.' };
    }
    ring.push([longitude, latitude]);
  }
  return { ring };
}

/** The tolerance (degrees) that brings all rings under `maxPoints`, by halving the search interval. */
function simplifyRings(rings: [number, number][][], maxPoints: number): Ring[] {
  const asPoints = rings.map((ring) => ring.map(([x, y]) => ({ x, y })));
  const total = (tolerance: number) => asPoints.reduce((sum, points) => sum + simplify(points, tolerance, true).length, 0);
  if (total(0) <= maxPoints) return rings;
  let low = 0;
  let high = 0.05;
  while (total(high) > maxPoints) high *= 2;
  for (let step = 0; step < 20; step++) {
    const middle = (low + high) / 2;
    if (total(middle) > maxPoints) low = middle;
    else high = middle;
  }
  return asPoints
    .map((points) => simplify(points, high, true).map(({ x, y }) => [Math.round(x * 1e5) / 1e5, Math.round(y * 1e5) / 1e5] as const))
    .filter((ring) => ring.length >= 4);
}

export function parseBoundaryGeoJson(text: string, maxPoints = MAX_POINTS): BoundaryParseResult {
  if (text.length > MAX_FILE_BYTES) return { ok: false, message: 'Tệp lớn hơn 8 MB: hãy đơn giản hoá ranh giới trước khi tải lên.' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, message: 'Tệp không phải là GeoJSON hợp lệ (không đọc được JSON).' };
  }
  const found = outerRings(parsed);
  if (typeof found === 'string') return { ok: false, message: found };
  const rings: [number, number][][] = [];
  for (const value of found) {
    const read = readRing(value);
    if ('message' in read) return { ok: false, message: read.message };
    rings.push(read.ring);
  }
  const originalPoints = rings.reduce((sum, ring) => sum + ring.length, 0);
  return { ok: true, rings: simplifyRings(rings, maxPoints), originalPoints };
}
