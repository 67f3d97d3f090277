'use client';

import { usePathname } from 'next/navigation';
import { useEffect, useRef, useState } from 'react';

interface Counters {
  online: number;
  today: number;
  month: number;
  total: number;
}

const format = (value: number) => value.toLocaleString('vi-VN');

/**
 * Thống kê truy cập in the footer: after each page load (and each in-app navigation) one beacon
 * reports the view, then the figures are fetched. Both are small requests from the browser, so
 * page-cached HTML stays the same for everyone and nothing runs on its request path.
 */
export function VisitStats() {
  const pathname = usePathname();
  const [counters, setCounters] = useState<Counters | null>(null);
  const first = useRef(true);
  useEffect(() => {
    const referrer = first.current ? document.referrer : '';
    first.current = false;
    const payload = JSON.stringify({ path: pathname, referrer });
    if (!navigator.sendBeacon?.('/api/luot-xem', new Blob([payload], { type: 'text/plain' }))) {
      void fetch('/api/luot-xem', { method: 'POST', body: payload, keepalive: true }).catch(() => undefined);
    }
    const controller = new AbortController();
    fetch('/api/luot-xem', { signal: controller.signal })
      .then((response) => (response.ok ? (response.json() as Promise<Counters>) : null))
      .then((value) => value && setCounters(value))
      .catch(() => undefined);
    return () => controller.abort();
  }, [pathname]);
  return (
    <section aria-labelledby="thong-ke-truy-cap" className="mt-3 border-t border-white/20 pt-3">
      <h2 id="thong-ke-truy-cap" className="font-semibold uppercase">
        Thống kê truy cập
      </h2>
      <dl className="mt-1 grid grid-cols-2 gap-x-4 sm:grid-cols-4" aria-live="off">
        {(
          [
            ['Đang trực tuyến', counters?.online],
            ['Hôm nay', counters?.today],
            ['Tháng này', counters?.month],
            ['Tổng lượt truy cập', counters?.total],
          ] as const
        ).map(([label, value]) => (
          <div key={label}>
            <dt className="inline">{label}: </dt>
            <dd className="inline font-semibold" data-testid={`thong-ke-${label}`}>
              {value === undefined ? '…' : format(value)}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
