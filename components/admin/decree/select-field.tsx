import { useId } from 'react';

/** A labelled <select> with the same error presentation as FormField. */
export function SelectField({
  label,
  name,
  options,
  defaultValue,
  errors,
  required,
}: {
  label: string;
  name: string;
  options: { value: string; label: string }[];
  defaultValue: string;
  errors?: readonly string[];
  required?: boolean;
}) {
  const id = useId();
  const error = errors?.[0];
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-semibold text-slate-800">
        {label}
        {required ? (
          <span className="text-red-700" aria-hidden="true">
            {' '}
            *
          </span>
        ) : null}
      </label>
      <select
        id={id}
        name={name}
        defaultValue={defaultValue}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className="mt-1 block w-full rounded border border-slate-300 bg-white px-3 py-2 aria-invalid:border-red-600"
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {error && (
        <p id={`${id}-error`} className="mt-1 text-sm font-medium text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
