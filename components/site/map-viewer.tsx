'use client';

import { useCallback, useId, useRef, useState } from 'react';

const MIN_SCALE = 1;
const MAX_SCALE = 8;
const STEP = 1.25;
const PAN_STEP = 60;

interface View {
  scale: number;
  x: number;
  y: number;
}

const INITIAL: View = { scale: 1, x: 0, y: 0 };

function clampScale(scale: number): number {
  return Math.min(MAX_SCALE, Math.max(MIN_SCALE, scale));
}

/**
 * Zoom and pan over a large map image: buttons, mouse wheel and drag, touch drag and pinch, and
 * the keyboard when the map has focus (+/- zoom, arrows pan, 0 resets).
 */
export function MapViewer({ src, alt, width, height }: { src: string; alt: string; width: number; height: number }) {
  const [view, setView] = useState<View>(INITIAL);
  const pointers = useRef(new Map<number, { x: number; y: number }>());
  const pinchDistance = useRef<number | null>(null);
  const helpId = useId();

  const zoom = useCallback((factor: number) => {
    setView((current) => {
      const scale = clampScale(current.scale * factor);
      if (scale === MIN_SCALE) return INITIAL;
      const ratio = scale / current.scale;
      return { scale, x: current.x * ratio, y: current.y * ratio };
    });
  }, []);
  const pan = useCallback((dx: number, dy: number) => {
    setView((current) => (current.scale === MIN_SCALE ? current : { ...current, x: current.x + dx, y: current.y + dy }));
  }, []);

  function onKeyDown(event: React.KeyboardEvent) {
    const actions: Record<string, () => void> = {
      '+': () => zoom(STEP),
      '=': () => zoom(STEP),
      '-': () => zoom(1 / STEP),
      _: () => zoom(1 / STEP),
      '0': () => setView(INITIAL),
      ArrowLeft: () => pan(PAN_STEP, 0),
      ArrowRight: () => pan(-PAN_STEP, 0),
      ArrowUp: () => pan(0, PAN_STEP),
      ArrowDown: () => pan(0, -PAN_STEP),
    };
    const action = actions[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  }

  function onPointerDown(event: React.PointerEvent) {
    event.currentTarget.setPointerCapture(event.pointerId);
    pointers.current.set(event.pointerId, { x: event.clientX, y: event.clientY });
  }
  function onPointerMove(event: React.PointerEvent) {
    const previous = pointers.current.get(event.pointerId);
    if (!previous) return;
    pointers.current.set(event.pointerId, { x: event.clientX, y: event.clientY });
    if (pointers.current.size === 2) {
      const [a, b] = [...pointers.current.values()];
      if (!a || !b) return;
      const distance = Math.hypot(a.x - b.x, a.y - b.y);
      if (pinchDistance.current) zoom(distance / pinchDistance.current);
      pinchDistance.current = distance;
      return;
    }
    pan(event.clientX - previous.x, event.clientY - previous.y);
  }
  function onPointerUp(event: React.PointerEvent) {
    pointers.current.delete(event.pointerId);
    if (pointers.current.size < 2) pinchDistance.current = null;
  }

  const buttonClass = 'rounded border border-slate-300 bg-white px-3 py-1.5 text-sm font-semibold hover:bg-brand-50';
  return (
    <div>
      <div className="mb-2 flex flex-wrap items-center gap-2">
        <button type="button" className={buttonClass} onClick={() => zoom(STEP)}>
          Phóng to (+)
        </button>
        <button type="button" className={buttonClass} onClick={() => zoom(1 / STEP)}>
          Thu nhỏ (−)
        </button>
        <button type="button" className={buttonClass} onClick={() => setView(INITIAL)}>
          Đặt lại (0)
        </button>
        <span role="status" className="text-sm text-slate-700">
          Mức phóng: {Math.round(view.scale * 100)}%
        </span>
      </div>
      <p id={helpId} className="sr-only">
        Khi bản đồ đang được chọn: phím cộng và trừ để phóng to, thu nhỏ; các phím mũi tên để di chuyển; phím 0 để đặt lại.
      </p>
      <div
        tabIndex={0}
        role="group"
        aria-roledescription="khung xem bản đồ"
        aria-label={`Bản đồ: ${alt}`}
        aria-describedby={helpId}
        data-scale={view.scale.toFixed(3)}
        onKeyDown={onKeyDown}
        onWheel={(event) => zoom(event.deltaY < 0 ? STEP : 1 / STEP)}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={onPointerUp}
        className="relative aspect-[4/3] w-full cursor-grab touch-none overflow-hidden rounded border border-slate-300 bg-slate-100 active:cursor-grabbing"
      >
        {/* eslint-disable-next-line @next/next/no-img-element -- the original file is shown as-is inside a transformable viewer */}
        <img
          src={src}
          alt={alt}
          width={width}
          height={height}
          loading="lazy"
          draggable={false}
          className="h-full w-full select-none object-contain transition-transform duration-100"
          style={{ transform: `translate(${view.x}px, ${view.y}px) scale(${view.scale})` }}
        />
      </div>
    </div>
  );
}
