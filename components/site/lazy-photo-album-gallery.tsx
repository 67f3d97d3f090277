'use client';

import { lazy, Suspense, type ComponentProps } from 'react';

// The album viewer as placed in article bodies: its code is a chunk of its own, fetched only
// where an album is placed (the article page's JavaScript budget, e2e/perf-bundle.spec.ts).
// Server rendering still draws the thumbnails, so nothing is lost without JavaScript.
const Gallery = lazy(() => import('./photo-album-gallery').then((module) => ({ default: module.PhotoAlbumGallery })));

export function LazyPhotoAlbumGallery(props: ComponentProps<typeof Gallery>) {
  return (
    <Suspense>
      <Gallery {...props} />
    </Suspense>
  );
}
