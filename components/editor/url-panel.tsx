'use client';

import { useState, type ReactNode, type SyntheticEvent } from 'react';

export interface UrlPanelProps {
  /** Id of the input (its error gets `${inputId}-error`). */
  inputId: string;
  /** Accessible name of the panel, e.g. "Chèn liên kết". */
  groupLabel: string;
  fieldLabel: string;
  applyLabel: string;
  initialValue?: string;
  placeholder?: string;
  /** Applies the value; returns an error message to show instead when it is refused. */
  onApply: (value: string) => string | null;
  onClose: () => void;
  /** Buttons between "apply" and "cancel" (e.g. "Bỏ liên kết"). */
  extraActions?: ReactNode;
}

/** The editor's one-field toolbar panel for an address (links, YouTube videos); Enter applies. */
export function UrlPanel({ inputId, groupLabel, fieldLabel, applyLabel, initialValue = '', placeholder, onApply, onClose, extraActions }: UrlPanelProps) {
  const [value, setValue] = useState(initialValue);
  const [error, setError] = useState('');
  const errorId = `${inputId}-error`;

  function apply(event: SyntheticEvent) {
    event.preventDefault();
    const refusal = onApply(value.trim());
    if (refusal) setError(refusal);
    else onClose();
  }

  return (
    <div
      role="group"
      className="flex flex-wrap items-start gap-2 border-b border-slate-200 bg-slate-50 p-2"
      aria-label={groupLabel}
      onKeyDown={(event) => event.key === 'Enter' && event.target instanceof HTMLInputElement && apply(event)}
    >
      <div className="flex min-w-64 flex-1 flex-col">
        <label htmlFor={inputId} className="text-sm font-medium">
          {fieldLabel}
        </label>
        <input
          id={inputId}
          type="text"
          inputMode="url"
          autoFocus
          value={value}
          onChange={(event) => {
            setValue(event.target.value);
            setError('');
          }}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          placeholder={placeholder}
          className="rounded border border-slate-300 px-2 py-1"
        />
        {error && (
          <p id={errorId} role="alert" className="mt-1 text-sm text-red-700">
            {error}
          </p>
        )}
      </div>
      <div className="flex gap-2 self-end">
        <button type="button" onClick={apply} className="rounded bg-brand-700 px-3 py-1 text-white">
          {applyLabel}
        </button>
        {extraActions}
        <button type="button" className="rounded border px-3 py-1" onClick={onClose}>
          Huỷ
        </button>
      </div>
    </div>
  );
}
