// A server action can be POSTed directly with any arguments (the Next-Action header plus a body
// the attacker wrote), so a "FormData" parameter may be a string, an object or missing. Actions
// read their form through this: anything else is treated as an empty form and fails validation
// instead of throwing a TypeError (a 500).
export function asForm(value: unknown): FormData {
  return value instanceof FormData ? value : new FormData();
}
