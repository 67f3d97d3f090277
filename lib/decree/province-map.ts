// The offline province map: an outline (longitude, latitude rings) projected to SVG, with the
// frame computed from the outline so an uploaded boundary of any extent fits. No tiles, no network.

export type Ring = readonly (readonly [number, number])[];

export interface ProvinceBoundary {
  rings: readonly Ring[];
  /** The seeded, hand-drawn outline (marked as illustrative on the map) or an admin's upload. */
  illustrative: boolean;
  /** Where an uploaded boundary came from (file name), for the admin. */
  source: string;
  uploadedAt: string | null;
}

// The province since 01/7/2025 (Ninh Bình, Hà Nam and Nam Định merged: Nghị quyết
// 202/2025/QH15), drawn by hand from public administrative maps: good enough to place cluster
// markers, not a survey. Admins replace it with an official GeoJSON boundary (/quan-tri/xa-phuong).
const MERGED_PROVINCE_OUTLINE: Ring = [
  [105.56, 20.33],
  [105.62, 20.4],
  [105.7, 20.47],
  [105.78, 20.55],
  [105.83, 20.63],
  [105.9, 20.7],
  [105.98, 20.72],
  [106.06, 20.68],
  [106.13, 20.62],
  [106.17, 20.55],
  [106.22, 20.48],
  [106.3, 20.43],
  [106.37, 20.38],
  [106.44, 20.33],
  [106.5, 20.26],
  [106.55, 20.2],
  [106.52, 20.13],
  [106.45, 20.08],
  [106.38, 20.02],
  [106.3, 19.97],
  [106.22, 19.93],
  [106.14, 19.92],
  [106.07, 19.95],
  [106.01, 19.95],
  [105.96, 20.01],
  [105.9, 20.04],
  [105.84, 20.06],
  [105.78, 20.1],
  [105.72, 20.13],
  [105.66, 20.17],
  [105.61, 20.21],
  [105.57, 20.26],
];

export const ILLUSTRATIVE_BOUNDARY: ProvinceBoundary = { rings: [MERGED_PROVINCE_OUTLINE], illustrative: true, source: '', uploadedAt: null };

export const MAP_WIDTH = 640;
const MARGIN_DEGREES = 0.04;

export interface MapFrame {
  width: number;
  height: number;
  bounds: { west: number; east: number; south: number; north: number };
  /** SVG coordinates of a point (equirectangular projection, north up). */
  project(longitude: number, latitude: number): { x: number; y: number };
  isOnMap(longitude: number, latitude: number): boolean;
  outlinePath: string;
}

/** The drawing for a boundary: its bounding box plus a margin, degrees of longitude scaled by cos(latitude). */
export function mapFrame(boundary: ProvinceBoundary = ILLUSTRATIVE_BOUNDARY): MapFrame {
  const points = boundary.rings.flat();
  const west = Math.min(...points.map(([longitude]) => longitude)) - MARGIN_DEGREES;
  const east = Math.max(...points.map(([longitude]) => longitude)) + MARGIN_DEGREES;
  const south = Math.min(...points.map(([, latitude]) => latitude)) - MARGIN_DEGREES;
  const north = Math.max(...points.map(([, latitude]) => latitude)) + MARGIN_DEGREES;
  const longitudeScale = Math.cos((((north + south) / 2) * Math.PI) / 180);
  const height = Math.round((MAP_WIDTH * (north - south)) / ((east - west) * longitudeScale));
  const project = (longitude: number, latitude: number) => {
    const x = ((longitude - west) / (east - west)) * MAP_WIDTH;
    const y = ((north - latitude) / (north - south)) * height;
    return { x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10 };
  };
  const outlinePath = boundary.rings
    .map(
      (ring) =>
        `${ring
          .map(([longitude, latitude], index) => {
            const { x, y } = project(longitude, latitude);
            return `${index === 0 ? 'M' : 'L'}${x},${y}`;
          })
          .join(' ')} Z`,
    )
    .join(' ');
  return {
    width: MAP_WIDTH,
    height,
    bounds: { west, east, south, north },
    project,
    isOnMap: (longitude, latitude) => longitude >= west && longitude <= east && latitude >= south && latitude <= north,
    outlinePath,
  };
}

/** Reference places printed on the map so readers can orient themselves (those inside the frame). */
export const MAP_LANDMARKS = [
  { name: 'Phủ Lý', longitude: 105.913, latitude: 20.541 },
  { name: 'Nam Định', longitude: 106.176, latitude: 20.42 },
  { name: 'TP. Ninh Bình', longitude: 105.975, latitude: 20.25 },
  { name: 'Tam Điệp', longitude: 105.92, latitude: 20.155 },
  { name: 'Kim Sơn', longitude: 106.09, latitude: 20.06 },
  { name: 'Nho Quan', longitude: 105.75, latitude: 20.32 },
] as const;
