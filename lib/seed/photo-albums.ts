import sharp from 'sharp';
import type { PrismaClient } from '../database/client.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import { processImage } from '../media/image.ts';
import { imageKey, newKeyBase } from '../media/keys.ts';
import type { MediaVariant } from '../media/types.ts';
import type { MediaStorage } from '../storage/storage.ts';
import { SYSTEM_AUTHOR_EMAIL } from './demo-content.ts';

// Demo photo albums (issue 18 part 8). The demo seed has no photographs, so the images are drawn
// here (small SVG scenes rendered to JPEG, a few tens of kB each) and go through the same image
// processing as an upload (WebP/AVIF variants), so the album pages show real <picture> sets.

const MARKER = 'system.photo_albums_seeded_at';

interface Scene {
  name: string;
  alt: string;
  caption: string;
  credit: string;
  sky: [string, string];
  ground: string;
  buildings: string;
}

const SCENES: Scene[] = [
  {
    name: 'ccn-gia-vien-toan-canh.jpg',
    alt: 'Toàn cảnh hạ tầng cụm công nghiệp',
    caption: 'Toàn cảnh hạ tầng cụm công nghiệp nhìn từ trên cao',
    credit: 'Trung tâm Đầu tư phát triển CCN',
    sky: ['#7cc4f2', '#e8f5ff'],
    ground: '#6a9a4c',
    buildings: '#d7dde3',
  },
  {
    name: 'ccn-duong-noi-bo.jpg',
    alt: 'Đường giao thông nội bộ cụm công nghiệp',
    caption: 'Tuyến đường nội bộ đã hoàn thiện',
    credit: 'Nguyễn Văn Hùng',
    sky: ['#f6b26b', '#ffe9c7'],
    ground: '#7d8c5a',
    buildings: '#c9c3b8',
  },
  {
    name: 'ccn-nha-xuong.jpg',
    alt: 'Nhà xưởng của doanh nghiệp trong cụm công nghiệp',
    caption: 'Nhà xưởng doanh nghiệp đang hoạt động',
    credit: 'Trần Thị Lan',
    sky: ['#9fb8d9', '#f1f4f9'],
    ground: '#5e8f62',
    buildings: '#b6c2cf',
  },
  {
    name: 'ccn-tram-xu-ly-nuoc-thai.jpg',
    alt: 'Trạm xử lý nước thải tập trung',
    caption: 'Trạm xử lý nước thải tập trung',
    credit: 'Trung tâm Đầu tư phát triển CCN',
    sky: ['#5da3d9', '#d9efff'],
    ground: '#4f7f4a',
    buildings: '#e2e6ea',
  },
];

function sceneSvg(scene: Scene, index: number): string {
  const blocks = Array.from({ length: 5 }, (_, block) => {
    const x = 90 + block * 160 + ((index * 37) % 40);
    const height = 90 + ((block * 53 + index * 29) % 110);
    return `<rect x="${x}" y="${430 - height}" width="120" height="${height}" fill="${scene.buildings}" stroke="#5b6670" stroke-width="3"/>`;
  }).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="960" height="640" viewBox="0 0 960 640">
  <defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${scene.sky[0]}"/><stop offset="1" stop-color="${scene.sky[1]}"/></linearGradient></defs>
  <rect width="960" height="640" fill="url(#sky)"/>
  <circle cx="${780 - index * 120}" cy="120" r="56" fill="#fff3b0"/>
  <path d="M0 380 Q 180 ${250 + index * 20} 360 360 T 720 ${330 - index * 10} T 960 350 V 640 H 0 Z" fill="#8fb07a"/>
  ${blocks}
  <rect y="430" width="960" height="210" fill="${scene.ground}"/>
  <path d="M0 540 L 960 ${500 + index * 12}" stroke="#3d3d3d" stroke-width="34"/>
  <path d="M0 540 L 960 ${500 + index * 12}" stroke="#f2f2f2" stroke-width="3" stroke-dasharray="28 22"/>
</svg>`;
}

async function storeScene(prisma: PrismaClient, storage: MediaStorage, scene: Scene, index: number, uploaderId: string | null): Promise<string> {
  const jpeg = await sharp(Buffer.from(sceneSvg(scene, index)))
    .jpeg({ quality: 78 })
    .toBuffer();
  const processed = await processImage(jpeg, 'jpeg');
  const base = newKeyBase('images');
  const storageKey = imageKey(base, processed.main.width, processed.main.extension);
  await storage.put(storageKey, processed.main.data);
  const variants: MediaVariant[] = [];
  for (const variant of processed.variants) {
    const key = imageKey(base, variant.width, variant.format);
    if (key !== storageKey) await storage.put(key, variant.data);
    variants.push({ width: variant.width, format: variant.format, key, bytes: variant.data.length });
  }
  const media = await prisma.media.create({
    data: {
      storageKey,
      originalName: scene.name,
      mimeType: processed.main.mimeType,
      byteSize: BigInt(processed.main.data.length),
      width: processed.main.width,
      height: processed.main.height,
      altText: scene.alt,
      variants: variants as unknown as Prisma.InputJsonValue,
      uploaderId,
    },
    select: { id: true },
  });
  return media.id;
}

/** Two published albums of drawn demo images; runs once per database. */
export async function seedPhotoAlbums(prisma: PrismaClient, storage: MediaStorage): Promise<{ seeded: boolean }> {
  if (await prisma.siteSetting.findUnique({ where: { key: MARKER } })) return { seeded: false };
  const author = await prisma.user.findUnique({ where: { email: SYSTEM_AUTHOR_EMAIL }, select: { id: true } });
  // Files first: a failed seed leaves at most unreferenced files, never rows without files.
  const ids: string[] = [];
  for (const [index, scene] of SCENES.entries()) ids.push(await storeScene(prisma, storage, scene, index, author?.id ?? null));
  const image = (index: number, position: number) => ({ mediaId: ids[index]!, position, caption: SCENES[index]!.caption, credit: SCENES[index]!.credit });
  await prisma.$transaction(async (tx) => {
    await tx.photoAlbum.create({
      data: {
        title: 'Hạ tầng các cụm công nghiệp tỉnh Ninh Bình',
        slug: 'ha-tang-cac-cum-cong-nghiep',
        description: 'Một số hình ảnh về hạ tầng kỹ thuật đã đầu tư tại các cụm công nghiệp trên địa bàn tỉnh.',
        coverMediaId: ids[0],
        published: true,
        publishedAt: new Date('2026-11-20T02:00:00Z'),
        images: { create: [image(0, 0), image(1, 1), image(3, 2)] },
      },
    });
    await tx.photoAlbum.create({
      data: {
        title: 'Doanh nghiệp sản xuất trong cụm công nghiệp',
        slug: 'doanh-nghiep-san-xuat-trong-cum-cong-nghiep',
        description: 'Nhà xưởng và hoạt động sản xuất của doanh nghiệp thứ cấp.',
        published: true,
        publishedAt: new Date('2026-11-25T02:00:00Z'),
        images: { create: [image(2, 0), image(0, 1)] },
      },
    });
    await tx.siteSetting.create({ data: { key: MARKER, value: new Date().toISOString() } });
  });
  return { seeded: true };
}
