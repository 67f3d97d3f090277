// Imported first by lib/server/main.ts, before Next.js and anything that allocates: two Node.js
// defaults that the memory soak (`npm run soak`, docs/memory-soak.md) found holding most of the
// server's growing memory. Heap snapshots of a 6-minute soak showed:
//
// - Node 24 pools small Buffers in 64 KB slabs (Buffer.poolSize). Next's 'use cache' store keeps
//   each entry as a small Buffer cut from such a slab and counts only the entry's own bytes, so
//   1,700 entries of a few KB kept 1,700 slabs: 111 MB of array buffers, growing with every new
//   cache key although the store's budget was 50 MB. Without pooling, a small Buffer owns exactly
//   its bytes; the cost is one allocation per small Buffer, which the benchmark does not see.
Buffer.poolSize = 0;

// - tsx (which ran this server's TypeScript until Node's own type stripping replaced it) turned on
//   source maps for the whole process, and Node then parsed and kept the maps of every module it
//   loaded, Next's compiled server bundles included: 55 MB of heap in `sourcesContent` strings.
//   Kept off explicitly, whoever launches the server: production stack traces point into the
//   built chunks, as they do under `next start`.
process.setSourceMapsEnabled(false);

export {};
