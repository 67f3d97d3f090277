// Every text value of a submitted form loses its NUL characters in defineAction's decoder
// (lib/actions/define-action.ts): no text column of PostgreSQL can hold one, no keyboard types
// one, and a form with one must get a message or be saved without it, never a database error.

const NUL = /\u0000/g;

export function stripNul(text: string): string {
  return text.includes('\u0000') ? text.replace(NUL, '') : text;
}

/** The same form with NUL removed from every text value (files untouched). */
export function withoutNul(form: FormData): FormData {
  let dirty = false;
  for (const value of form.values()) if (typeof value === 'string' && value.includes('\u0000')) dirty = true;
  if (!dirty) return form;
  const clean = new FormData();
  for (const [key, value] of form.entries()) clean.append(stripNul(key), typeof value === 'string' ? stripNul(value) : value);
  return clean;
}
