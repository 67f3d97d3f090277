// Work to finish before the process exits (the page-view buffer). Kept on globalThis because the
// production server (lib/server/main.ts, loaded by Node itself) and Next's bundled route handlers hold
// separate copies of every module; main.ts runs these after the server stops accepting requests.

type Hook = () => Promise<void>;
const KEY = Symbol.for('ccn.shutdownHooks');

function hooks(): Set<Hook> {
  const holder = globalThis as unknown as Record<symbol, Set<Hook> | undefined>;
  return (holder[KEY] ??= new Set<Hook>());
}

export function onShutdown(hook: Hook): void {
  hooks().add(hook);
}

export async function runShutdownHooks(): Promise<void> {
  await Promise.allSettled([...hooks()].map((hook) => hook()));
}
