import path from 'node:path';

// How every launcher starts the production server (npm start, the e2e harness and its extra
// instances, the bench, the load test), so that all of them run it with the same Node.js flags.
//
// --max-semi-space-size=16: on Node 24, V8 sizes the young generation from the machine's memory
// (128 MB on a 24 GB machine). Renders make plenty of short-lived garbage, and the large young
// generation only turned into resident memory: 16 MB semi-spaces keep the server ~95 MB smaller
// after a load at the same throughput (`npm run bench`, README "Performance").
//
// The server's TypeScript runs on Node's own type stripping (Node 24), not tsx: no module hooks
// thread and no esbuild service beside every instance. Its modules (lib/server/main.ts and what
// it imports) therefore use only erasable syntax and import each other with the `.ts` extension;
// every test that starts the server fails at once if one does not.
//
// --max-old-space-size (SERVER_HEAP_MB, 224 by default): without a limit V8 sized the old
// generation from the machine's 24 GB and kept ~150 MB of collected space resident under load
// (heap 134 MB used of 283 MB after 2 minutes of `npm run soak`); with a limit the reserve stays
// near 200 MB and the instance under 500 MB (docs/memory-soak.md). The heap in use stays at
// 135–170 MB under the soak, so the limit leaves room.
export const DEFAULT_SERVER_HEAP_MB = 224;
export const MIN_SERVER_HEAP_MB = 128;

/** SERVER_HEAP_MB when it is a whole number of at least MIN_SERVER_HEAP_MB (`npm start` refuses other values), else the default. */
export function serverHeapMegabytes(value = process.env.SERVER_HEAP_MB): number {
  const megabytes = /^\s*\d+\s*$/.test(value ?? '') ? Number(value) : NaN;
  return megabytes >= MIN_SERVER_HEAP_MB ? megabytes : DEFAULT_SERVER_HEAP_MB;
}

export function productionServerArgs(): string[] {
  return ['--max-semi-space-size=16', `--max-old-space-size=${serverHeapMegabytes()}`, path.resolve('lib', 'server', 'main.ts')];
}

/**
 * Environment every launcher adds for the production server. MALLOC_ARENA_MAX=2: glibc gives
 * each thread that allocates (libuv's pool compressing pages, libvips encoding uploads, V8's
 * helpers) arenas of its own, up to 8 per core, and memory freed in them is rarely returned:
 * with 2 arenas the resident size after a mixed soak stays bounded (`npm run soak`, README
 * "Performance"). MALLOC_MMAP_THRESHOLD_=131072: allocations of 128 KB and more (libvips'
 * image buffers while an upload is encoded, large response bodies) get their own mapping and go
 * back to the system when freed, instead of staying in the heap as holes: 676 → 592 MB after a
 * 6-minute soak (docs/memory-soak.md). A value set by the operator wins.
 */
export function productionServerEnv(): Record<string, string> {
  return { MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX || '2', MALLOC_MMAP_THRESHOLD_: process.env.MALLOC_MMAP_THRESHOLD_ || '131072' };
}
