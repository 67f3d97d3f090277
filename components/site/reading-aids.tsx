'use client';

import { useEffect, useState } from 'react';
import { READING_AIDS_KEY, TEXT_SIZE_MAX, TEXT_SIZE_MIN } from '@/lib/citizens/reading-aids-script';

interface Aids {
  size: number;
  contrast: boolean;
}

const SIZE_NAMES: Record<string, string> = { '-1': 'nhỏ', '0': 'bình thường', '1': 'lớn', '2': 'rất lớn' };

function apply(aids: Aids): void {
  const root = document.documentElement;
  if (aids.size) root.setAttribute('data-text-size', String(aids.size));
  else root.removeAttribute('data-text-size');
  if (aids.contrast) root.setAttribute('data-contrast', 'high');
  else root.removeAttribute('data-contrast');
  try {
    localStorage.setItem(READING_AIDS_KEY, JSON.stringify(aids));
  } catch {
    // Private mode: the choice holds for this page only.
  }
}

/** Text size and high contrast in the header; kept across pages in localStorage (no cookie). */
export function ReadingAids() {
  const [aids, setAids] = useState<Aids>({ size: 0, contrast: false });
  const [announcement, setAnnouncement] = useState('');
  useEffect(() => {
    const root = document.documentElement;
    // Reading what the pre-paint script applied: the source of truth lives outside React.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setAids({ size: Number(root.getAttribute('data-text-size') ?? 0) || 0, contrast: root.getAttribute('data-contrast') === 'high' });
  }, []);
  function change(next: Aids, message: string) {
    setAids(next);
    apply(next);
    setAnnouncement(message);
  }
  const button = 'rounded border border-white/60 px-2 py-1 text-sm font-semibold hover:bg-white/10 disabled:opacity-50';
  return (
    <div role="group" aria-label="Hỗ trợ đọc" className="flex items-center gap-2 text-white">
      <button
        type="button"
        className={button}
        disabled={aids.size <= TEXT_SIZE_MIN}
        onClick={() => change({ ...aids, size: aids.size - 1 }, `Cỡ chữ: ${SIZE_NAMES[String(aids.size - 1)]}`)}
      >
        <span aria-hidden="true">A−</span>
        <span className="sr-only">Giảm cỡ chữ</span>
      </button>
      <button
        type="button"
        className={button}
        disabled={aids.size >= TEXT_SIZE_MAX}
        onClick={() => change({ ...aids, size: aids.size + 1 }, `Cỡ chữ: ${SIZE_NAMES[String(aids.size + 1)]}`)}
      >
        <span aria-hidden="true">A+</span>
        <span className="sr-only">Tăng cỡ chữ</span>
      </button>
      <button
        type="button"
        className={button}
        aria-pressed={aids.contrast}
        onClick={() => change({ ...aids, contrast: !aids.contrast }, aids.contrast ? 'Đã tắt chế độ tương phản cao' : 'Đã bật chế độ tương phản cao')}
      >
        Tương phản cao
      </button>
      <span aria-live="polite" data-testid="reading-aids-announcement" className="sr-only">
        {announcement}
      </span>
    </div>
  );
}
