// A server action can be POSTed directly with any arguments (the Next-Action header plus a body
// the attacker wrote), so a "FormData" parameter may be a string, an object or missing. Actions
// read their form through this: anything else is treated as an empty form and fails validation
// instead of throwing a TypeError (a 500).
//
// Every text value also loses its NUL characters here (and in defineAction's decoder): no text
// column of PostgreSQL can hold one, no keyboard types one, and a form with one must get a
// message or be saved without it, never a database error.
export function asForm(value: unknown): FormData {
  return value instanceof FormData ? withoutNul(value) : new FormData();
}

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
