import { formatDayMonth } from '@/lib/citizens/stats-format';

/** Views per day as a hand-drawn SVG bar chart (no library), with a text alternative. */
export function ViewsChart({ days }: { days: { day: string; views: number }[] }) {
  const width = 720;
  const height = 220;
  const pad = { top: 10, right: 10, bottom: 28, left: 44 };
  const max = Math.max(1, ...days.map((day) => day.views));
  const band = (width - pad.left - pad.right) / Math.max(1, days.length);
  const y = (value: number) => pad.top + (height - pad.top - pad.bottom) * (1 - value / max);
  const total = days.reduce((sum, day) => sum + day.views, 0);
  const every = Math.ceil(days.length / 10);
  return (
    <figure>
      <svg viewBox={`0 0 ${width} ${height}`} className="h-auto w-full max-w-3xl bg-white" role="img" aria-labelledby="bieu-do-tieu-de">
        <title id="bieu-do-tieu-de">{`Lượt xem theo ngày: tổng ${total.toLocaleString('vi-VN')} lượt, cao nhất ${max.toLocaleString('vi-VN')} lượt một ngày`}</title>
        <line x1={pad.left} x2={width - pad.right} y1={y(0)} y2={y(0)} stroke="#64748b" />
        <text x={pad.left - 6} y={y(max) + 4} textAnchor="end" fontSize="11" fill="#334155">
          {max.toLocaleString('vi-VN')}
        </text>
        <text x={pad.left - 6} y={y(0)} textAnchor="end" fontSize="11" fill="#334155">
          0
        </text>
        {days.map((day, index) => (
          <g key={day.day}>
            <rect x={pad.left + index * band + band * 0.15} width={band * 0.7} y={y(day.views)} height={y(0) - y(day.views)} fill="#0a4d8f">
              <title>{`${formatDayMonth(day.day)}: ${day.views.toLocaleString('vi-VN')} lượt`}</title>
            </rect>
            {index % every === 0 && (
              <text x={pad.left + index * band + band / 2} y={height - 10} textAnchor="middle" fontSize="10" fill="#334155">
                {formatDayMonth(day.day)}
              </text>
            )}
          </g>
        ))}
      </svg>
    </figure>
  );
}
