// Stands in for `next/headers` in tests that call actions outside a request: no request headers,
// and a cookie jar that remembers what was set (sign-out clears the session cookie).

const jar = new Map<string, string>();

export async function headers(): Promise<Headers> {
  return new Headers();
}

export async function cookies() {
  return {
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name) as string } : undefined),
    getAll: () => [...jar].map(([name, value]) => ({ name, value })),
    has: (name: string) => jar.has(name),
    set: (name: string, value: string) => void jar.set(name, value),
    delete: (name: string) => void jar.delete(name),
  };
}

export async function draftMode() {
  return { isEnabled: false, enable() {}, disable() {} };
}
