import { z } from 'zod';

// What every form's server action returns to useActionState: success with a message for the
// toast, or field errors in Vietnamese plus the values the user typed (so the form keeps them).

export type FieldErrors = Partial<Record<string, string[]>>;

export interface ActionState<Data = undefined> {
  ok: boolean;
  message: string;
  errors?: FieldErrors;
  values?: Record<string, string>;
  data?: Data;
}

/** The typed values of a form, as strings (files and unknown fields are left out). */
export function formValues(formData: FormData, keys: readonly string[]): Record<string, string> {
  const values: Record<string, string> = {};
  for (const key of keys) {
    const value = formData.get(key);
    if (typeof value === 'string') values[key] = value;
  }
  return values;
}

export function invalid<Data = undefined>(error: z.ZodError, values?: Record<string, string>): ActionState<Data> {
  return { ok: false, message: 'Vui lòng kiểm tra lại các trường được đánh dấu.', errors: z.flattenError(error).fieldErrors as FieldErrors, values };
}

export function failure<Data = undefined>(message: string, errors?: FieldErrors, values?: Record<string, string>): ActionState<Data> {
  return { ok: false, message, errors, values };
}

export function success<Data = undefined>(message: string, data?: Data): ActionState<Data> {
  return { ok: true, message, data };
}
