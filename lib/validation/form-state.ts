// The state every form action returns. Kept apart from the zod schemas so that a public form
// (components/site/contact-form.tsx) can import it without shipping zod to readers' browsers.

/** Result of a form action: field errors in Vietnamese and the submitted values to put back. */
export interface FormState {
  ok: boolean;
  message?: string;
  errors?: Record<string, string[] | undefined>;
  values?: Record<string, string>;
  /** Changes on every submission so forms can react (toast) once per result. */
  at?: number;
}

export const INITIAL_FORM_STATE: FormState = { ok: false };
