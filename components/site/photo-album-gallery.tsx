'use client';

import { useId, useRef, useState, type KeyboardEvent, type MouseEvent, type PointerEvent } from 'react';
import { useHydrated } from '@/components/ui/use-hydrated';
import type { PublicAlbumImage } from '@/lib/data/photo-albums';
import { mediaUrl } from '@/lib/media/urls';
import { SiteImage } from './site-image';

// An album's thumbnails and its viewer. Each thumbnail is a plain link to the full image, so
// without JavaScript nothing is lost; with it, the link opens a modal <dialog> (showModal: the
// page behind is inert and focus stays inside) with the large image, its caption and credit,
// "Ảnh 3/12", previous/next buttons, ←/→ keys, swipe on touch screens; Escape or "Đóng"
// closes it and focus goes back to the thumbnail that opened it.

const SWIPE_PX = 40;

function describe(image: PublicAlbumImage, index: number, count: number): string {
  const what = image.caption || image.media.altText;
  return `Xem ảnh ${index + 1}/${count}${what ? `: ${what}` : ''}`;
}

export function PhotoAlbumGallery({ title, images }: { title: string; images: PublicAlbumImage[] }) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLAnchorElement | null>(null);
  const swipeStart = useRef<number | null>(null);
  const [index, setIndex] = useState<number | null>(null);
  const baseId = useId();
  // Until React owns the thumbnails they are plain links (tests wait for this to go).
  const hydrated = useHydrated();
  const count = images.length;
  const current = index === null ? null : images[index];

  function open(event: MouseEvent<HTMLAnchorElement>, at: number) {
    // A modified click (new tab…) keeps the link's own behaviour.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    opener.current = event.currentTarget;
    setIndex(at);
    dialogRef.current?.showModal();
  }

  function step(by: number) {
    setIndex((at) => (at === null ? at : (at + by + count) % count));
  }

  function onKeyDown(event: KeyboardEvent<HTMLDialogElement>) {
    if (event.key === 'ArrowRight') {
      event.preventDefault();
      step(1);
    } else if (event.key === 'ArrowLeft') {
      event.preventDefault();
      step(-1);
    }
  }

  function onClose() {
    setIndex(null);
    opener.current?.focus();
  }

  function onPointerUp(event: PointerEvent<HTMLElement>) {
    const start = swipeStart.current;
    swipeStart.current = null;
    if (start === null || event.pointerType === 'mouse') return;
    const moved = event.clientX - start;
    if (Math.abs(moved) >= SWIPE_PX) step(moved < 0 ? 1 : -1);
  }

  if (count === 0) return null;
  const captionId = `${baseId}-caption`;
  return (
    <>
      <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-4" aria-label={`Ảnh trong album “${title}”`} data-hydrating={hydrated ? undefined : ''}>
        {images.map((image, at) => (
          <li key={image.id}>
            <figure>
              <a
                href={mediaUrl(image.media.storageKey)}
                onClick={(event) => open(event, at)}
                aria-label={describe(image, at, count)}
                className="block overflow-hidden rounded bg-slate-100 focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-brand-700"
              >
                <SiteImage
                  media={image.media}
                  alt=""
                  sizes="(min-width: 1024px) 240px, (min-width: 640px) 33vw, 50vw"
                  className="aspect-[4/3] h-auto w-full object-cover transition-transform hover:scale-105"
                />
              </a>
              {image.caption || image.credit ? (
                <figcaption className="mt-1 text-sm text-slate-700">
                  {image.caption}
                  {image.credit ? <span className="block text-xs text-slate-600">Ảnh: {image.credit}</span> : null}
                </figcaption>
              ) : null}
            </figure>
          </li>
        ))}
      </ul>
      <dialog
        ref={dialogRef}
        aria-label={`Xem ảnh trong album “${title}”`}
        aria-describedby={current ? captionId : undefined}
        onClose={onClose}
        onKeyDown={onKeyDown}
        onClick={(event) => event.target === dialogRef.current && dialogRef.current.close()}
        className="m-auto max-h-[96vh] w-[min(96vw,1200px)] max-w-none rounded bg-slate-950 p-0 text-white backdrop:bg-black/80"
      >
        {current && index !== null ? (
          <div className="flex flex-col gap-2 p-3">
            <div className="flex items-center justify-between gap-3">
              <p aria-live="polite" className="text-sm font-semibold">
                Ảnh {index + 1}/{count}
              </p>
              <button type="button" onClick={() => dialogRef.current?.close()} className="rounded px-3 py-1 text-sm ring-1 ring-white/60 hover:bg-white/10">
                Đóng <span aria-hidden="true">✕</span>
              </button>
            </div>
            <figure className="flex flex-col items-center gap-2">
              <div
                className="flex w-full touch-pan-y items-center justify-center"
                onPointerDown={(event) => {
                  swipeStart.current = event.clientX;
                }}
                onPointerUp={onPointerUp}
                onPointerCancel={() => {
                  swipeStart.current = null;
                }}
              >
                <SiteImage
                  key={current.id}
                  media={current.media}
                  alt={current.media.altText || current.caption}
                  sizes="96vw"
                  priority
                  className="max-h-[75vh] w-auto max-w-full object-contain select-none"
                />
              </div>
              <figcaption id={captionId} className="text-center text-sm">
                {current.caption}
                {current.credit ? <span className="block text-xs text-slate-300">Ảnh: {current.credit}</span> : null}
              </figcaption>
            </figure>
            {count > 1 ? (
              <div className="flex justify-between gap-3">
                <button type="button" onClick={() => step(-1)} className="rounded px-3 py-2 ring-1 ring-white/60 hover:bg-white/10">
                  <span aria-hidden="true">‹</span> Ảnh trước
                </button>
                <button type="button" onClick={() => step(1)} className="rounded px-3 py-2 ring-1 ring-white/60 hover:bg-white/10">
                  Ảnh sau <span aria-hidden="true">›</span>
                </button>
              </div>
            ) : null}
          </div>
        ) : null}
      </dialog>
    </>
  );
}
