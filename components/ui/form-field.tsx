'use client';

import { useId, type InputHTMLAttributes, type ReactNode, type TextareaHTMLAttributes } from 'react';
import { useHydrated } from './use-hydrated';

const CONTROL =
  'mt-1 block w-full rounded border border-slate-300 bg-white px-3 py-2 text-slate-900 aria-invalid:border-red-600 aria-invalid:ring-1 aria-invalid:ring-red-600';

interface FieldShellProps {
  label: string;
  /** Field errors from the zod schema (already Vietnamese); the first is shown. */
  errors?: readonly string[];
  hint?: ReactNode;
  required?: boolean;
}

type InputFieldProps = FieldShellProps & Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> & { multiline?: false };
type TextareaFieldProps = FieldShellProps & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'> & { multiline: true };

/**
 * A labelled input or textarea whose error text is announced and linked (aria-describedby).
 * Server-rendered fields carry `data-hydrating` until React has hydrated them: what is typed
 * before then is lost to onChange, so end-to-end tests wait for it to go (waitForHydration).
 */
export function FormField(props: InputFieldProps | TextareaFieldProps) {
  const id = useId();
  const hydrated = useHydrated();
  const { label, errors, hint, required } = props;
  const error = errors?.[0];
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  const shared = {
    id,
    required,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy,
    'data-hydrating': hydrated ? undefined : '',
    className: CONTROL,
  } as const;

  let control: ReactNode;
  if (props.multiline) {
    const { label: _l, errors: _e, hint: _h, multiline: _m, className: _c, ...rest } = props;
    control = <textarea {...rest} {...shared} />;
  } else {
    const { label: _l, errors: _e, hint: _h, multiline: _m, className: _c, ...rest } = props;
    control = <input {...rest} {...shared} />;
  }

  return (
    <div className={props.className}>
      <label htmlFor={id} className="block text-sm font-semibold text-slate-800">
        {label}
        {required ? (
          <span className="text-red-700" aria-hidden="true">
            {' '}
            *
          </span>
        ) : null}
      </label>
      {control}
      {hint ? (
        <p id={hintId} className="mt-1 text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="mt-1 text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** A form-level error (not tied to one field), announced to screen readers. */
export function FormError({ message }: { message?: string | null }) {
  if (!message) return null;
  return (
    <p role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-sm font-medium text-red-800">
      {message}
    </p>
  );
}
