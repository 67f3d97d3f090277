// What every server action answers (plain data, safe to send to the browser, importable by
// client components without zod): success with a message for the toast and optional data, or
// a failure with a message, Vietnamese field errors and the values the user typed.

export type FieldErrors = Partial<Record<string, string[]>>;

/** The answer to a form whose fields did not validate (the marked fields say why). */
export const INVALID_FIELDS_MESSAGE = 'Vui lòng kiểm tra lại các trường được đánh dấu.';

export interface ActionResult<Data = undefined> {
  ok: boolean;
  message: string;
  errors?: FieldErrors;
  /** What the user typed, handed back on failure so the form keeps it. */
  values?: Record<string, string>;
  data?: Data;
  /** Changes on every answer, so a form reacts (toast, reset) once per result. */
  at: number;
}

export function success<Data = undefined>(message: string, data?: Data): ActionResult<Data> {
  return { ok: true, message, data, at: Date.now() };
}

export function failure<Data = undefined>(message: string, errors?: FieldErrors, values?: Record<string, string>): ActionResult<Data> {
  return { ok: false, message, errors, values, at: Date.now() };
}
