// A simplified outline of Ninh Bình province (longitude, latitude), drawn by hand from public
// administrative maps: good enough to place cluster markers, not a survey. No tiles, no network.

export const NINH_BINH_OUTLINE: readonly (readonly [number, number])[] = [
  [105.56, 20.33],
  [105.6, 20.39],
  [105.66, 20.42],
  [105.72, 20.47],
  [105.77, 20.52],
  [105.81, 20.56],
  [105.86, 20.53],
  [105.9, 20.49],
  [105.95, 20.46],
  [105.99, 20.43],
  [106.04, 20.37],
  [106.07, 20.31],
  [106.1, 20.24],
  [106.13, 20.17],
  [106.16, 20.1],
  [106.12, 20.02],
  [106.07, 19.97],
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

export const MAP_BOUNDS = { west: 105.5, east: 106.22, south: 19.9, north: 20.62 } as const;

export const MAP_WIDTH = 640;
// Degrees of longitude are shorter than degrees of latitude at 20°N (cos 20.26° ≈ 0.938).
const LONGITUDE_SCALE = Math.cos((20.26 * Math.PI) / 180);
export const MAP_HEIGHT = Math.round((MAP_WIDTH * (MAP_BOUNDS.north - MAP_BOUNDS.south)) / ((MAP_BOUNDS.east - MAP_BOUNDS.west) * LONGITUDE_SCALE));

/** SVG coordinates of a point (equirectangular projection, north up). */
export function project(longitude: number, latitude: number): { x: number; y: number } {
  const x = ((longitude - MAP_BOUNDS.west) / (MAP_BOUNDS.east - MAP_BOUNDS.west)) * MAP_WIDTH;
  const y = ((MAP_BOUNDS.north - latitude) / (MAP_BOUNDS.north - MAP_BOUNDS.south)) * MAP_HEIGHT;
  return { x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10 };
}

export function isOnMap(longitude: number, latitude: number): boolean {
  return longitude >= MAP_BOUNDS.west && longitude <= MAP_BOUNDS.east && latitude >= MAP_BOUNDS.south && latitude <= MAP_BOUNDS.north;
}

export function outlinePath(): string {
  return `${NINH_BINH_OUTLINE.map(([longitude, latitude], index) => {
    const { x, y } = project(longitude, latitude);
    return `${index === 0 ? 'M' : 'L'}${x},${y}`;
  }).join(' ')} Z`;
}

/** Reference places printed on the map so readers can orient themselves. */
export const MAP_LANDMARKS = [
  { name: 'TP. Ninh Bình', longitude: 105.975, latitude: 20.25 },
  { name: 'Tam Điệp', longitude: 105.92, latitude: 20.155 },
  { name: 'Kim Sơn', longitude: 106.09, latitude: 20.06 },
  { name: 'Nho Quan', longitude: 105.75, latitude: 20.32 },
] as const;
