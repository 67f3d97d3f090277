import { renderDefaultShareImage } from '@/lib/share/default-share-image';

// The share image of pages without one of their own (components/site/seo.ts). Nothing here
// reads the request, so `next build` renders it once and it is served as a static file.
export async function GET(): Promise<Response> {
  const png = await renderDefaultShareImage();
  return new Response(new Uint8Array(png), {
    headers: { 'content-type': 'image/png', 'cache-control': 'public, max-age=86400, stale-while-revalidate=604800' },
  });
}
