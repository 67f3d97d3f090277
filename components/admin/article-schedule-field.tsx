'use client';

import { useId, useState } from 'react';
import { localToTypedDateTime, typedDateTimeToLocal } from '@/lib/validation/schedule-time';

/**
 * The publishing time typed the Vietnamese way, day/month/year and 24-hour hh:mm, always in
 * Vietnam time (UTC+7) whatever the browser's zone or locale; never the browser's date picker,
 * which shows mm/dd/yyyy in an English browser. `onChange` gets "2026-11-26T08:30", or "" while
 * what is typed is not a valid date and time.
 */
export function ArticleScheduleField({
  initial,
  onChange,
  errors,
  legend = 'Hẹn giờ đăng',
}: {
  initial: string;
  onChange: (local: string) => void;
  errors?: readonly string[];
  legend?: string;
}) {
  const uid = useId();
  const [typed, setTyped] = useState(() => localToTypedDateTime(initial));
  const error = errors?.[0];
  const hintId = `${uid}-hint`;
  const errorId = `${uid}-error`;
  const describedBy = [hintId, error ? errorId : null].filter(Boolean).join(' ');

  function change(next: { date: string; time: string }) {
    setTyped(next);
    onChange(typedDateTimeToLocal(next.date, next.time) ?? '');
  }

  return (
    <fieldset className="space-y-1">
      <legend className="text-sm font-semibold text-slate-800">{legend}</legend>
      <div className="flex gap-2">
        <label className="flex flex-1 flex-col text-sm">
          Ngày (dd/mm/yyyy)
          <input
            inputMode="numeric"
            placeholder="26/11/2026"
            value={typed.date}
            onChange={(event) => change({ ...typed, date: event.target.value })}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy}
            className="mt-1 rounded border border-slate-300 px-2 py-1"
          />
        </label>
        <label className="flex w-24 flex-col text-sm">
          Giờ (hh:mm)
          <input
            inputMode="numeric"
            placeholder="08:30"
            value={typed.time}
            onChange={(event) => change({ ...typed, time: event.target.value })}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy}
            className="mt-1 rounded border border-slate-300 px-2 py-1"
          />
        </label>
      </div>
      <p id={hintId} className="text-sm text-slate-600">
        Theo giờ Việt Nam (UTC+7).
      </p>
      {error && (
        <p id={errorId} className="text-sm font-medium text-red-700">
          {error}
        </p>
      )}
    </fieldset>
  );
}
