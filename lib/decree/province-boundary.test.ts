import { describe, expect, it } from 'vitest';
import { parseBoundaryGeoJson } from './province-boundary-geojson';
import { ILLUSTRATIVE_BOUNDARY, mapFrame, MAP_WIDTH } from './province-map';

const square = (west: number, south: number, size: number): [number, number][] => [
  [west, south],
  [west + size, south],
  [west + size, south + size],
  [west, south + size],
  [west, south],
];

describe('the province map frame', () => {
  it('places points inside the drawing, north up, west left, over the merged province', () => {
    const frame = mapFrame(ILLUSTRATIVE_BOUNDARY);
    const ninhBinh = frame.project(105.975, 20.25);
    const phuLy = frame.project(105.913, 20.541);
    const namDinh = frame.project(106.176, 20.42);
    expect(frame.width).toBe(MAP_WIDTH);
    for (const point of [ninhBinh, phuLy, namDinh]) {
      expect(point.x).toBeGreaterThan(0);
      expect(point.x).toBeLessThan(frame.width);
      expect(point.y).toBeGreaterThan(0);
      expect(point.y).toBeLessThan(frame.height);
    }
    expect(phuLy.y).toBeLessThan(ninhBinh.y);
    expect(namDinh.x).toBeGreaterThan(ninhBinh.x);
    expect(frame.isOnMap(106.176, 20.42)).toBe(true);
    expect(frame.isOnMap(108, 16)).toBe(false);
    expect(frame.outlinePath).toMatch(/^M[\d.]+,[\d.]+ (L[\d.]+,[\d.]+ )+Z$/);
  });

  it('fits an uploaded boundary of another extent, one path per ring', () => {
    const frame = mapFrame({ rings: [square(105, 20, 1), square(107, 21, 0.5)], illustrative: false, source: 'x.geojson', uploadedAt: null });
    expect(frame.isOnMap(107.4, 21.4)).toBe(true);
    expect(frame.outlinePath.match(/Z/g)).toHaveLength(2);
  });
});

describe('an uploaded GeoJSON boundary', () => {
  it('reads a Polygon, a MultiPolygon, a Feature and a FeatureCollection (outer rings only)', () => {
    const polygon = { type: 'Polygon', coordinates: [square(105.8, 20.1, 0.5), square(105.9, 20.2, 0.1)] };
    const multi = { type: 'MultiPolygon', coordinates: [[square(105.8, 20.1, 0.5)], [square(106.4, 20.0, 0.1)]] };
    expect(parseBoundaryGeoJson(JSON.stringify(polygon))).toMatchObject({ ok: true, originalPoints: 5 });
    expect(parseBoundaryGeoJson(JSON.stringify(multi))).toMatchObject({ ok: true, originalPoints: 10 });
    const feature = { type: 'Feature', properties: { ten: 'Ninh Bình' }, geometry: polygon };
    expect(parseBoundaryGeoJson(JSON.stringify(feature))).toMatchObject({ ok: true });
    const collection = {
      type: 'FeatureCollection',
      features: [feature, { type: 'Feature', geometry: { type: 'Point', coordinates: [106, 20] } }, { ...feature, geometry: multi }],
    };
    const read = parseBoundaryGeoJson(JSON.stringify(collection));
    expect(read.ok && read.rings).toHaveLength(3);
  });

  it('simplifies a dense official boundary to the point budget, keeping its shape', () => {
    const dense = Array.from({ length: 20_000 }, (_, index) => {
      const angle = (index / 20_000) * 2 * Math.PI;
      return [106 + 0.4 * Math.cos(angle) + 0.002 * Math.sin(angle * 300), 20.3 + 0.3 * Math.sin(angle)];
    });
    dense.push(dense[0]!);
    const read = parseBoundaryGeoJson(JSON.stringify({ type: 'Polygon', coordinates: [dense] }), 800);
    if (!read.ok) throw new Error(read.message);
    expect(read.originalPoints).toBe(20_001);
    const points = read.rings.flat();
    expect(points.length).toBeLessThanOrEqual(800);
    expect(points.length).toBeGreaterThan(50);
    expect(Math.max(...points.map(([longitude]) => longitude))).toBeGreaterThan(106.39);
    expect(Math.min(...points.map(([, latitude]) => latitude))).toBeLessThan(20.01);
  });

  it('refuses what is not a usable boundary, saying why in Vietnamese', () => {
    const message = (text: string) => {
      const read = parseBoundaryGeoJson(text);
      return read.ok ? 'ok' : read.message;
    };
    expect(message('<svg></svg>')).toMatch(/không phải là GeoJSON/);
    expect(message(JSON.stringify({ type: 'Point', coordinates: [106, 20] }))).toMatch(/cần Polygon hoặc MultiPolygon/);
    expect(message(JSON.stringify({ type: 'FeatureCollection', features: [] }))).toMatch(/Không có đối tượng nào/);
    expect(
      message(
        JSON.stringify({
          type: 'Polygon',
          coordinates: [
            [
              [106, 20],
              [106.1, 20],
              [106, 20],
            ],
          ],
        }),
      ),
    ).toMatch(/ít hơn 4 điểm/);
    expect(message(JSON.stringify({ type: 'Polygon', coordinates: [square(580000, 2240000, 1000)] }))).toMatch(/WGS 84/);
    expect(
      message(
        JSON.stringify({
          type: 'Polygon',
          coordinates: [
            [
              ['a', 'b'],
              [1, 2],
              [3, 4],
              [5, 6],
            ],
          ],
        }),
      ),
    ).toMatch(/không phải là số/);
    expect(message(JSON.stringify(null))).toMatch(/Tệp không chứa vùng/);
  });
});
