import path from 'node:path';

// How every launcher starts the production server (npm start, the e2e harness and its extra
// instances, the bench, the load test), so that all of them run it with the same Node.js flags.
//
// --max-semi-space-size=16: on Node 24, V8 sizes the young generation from the machine's memory
// (128 MB on a 24 GB machine). Renders make plenty of short-lived garbage, and the large young
// generation only turned into resident memory: 16 MB semi-spaces keep the server ~95 MB smaller
// after a load at the same throughput (`npm run bench`, README "Performance").
export function productionServerArgs(): string[] {
  return ['--max-semi-space-size=16', '--import', 'tsx', path.resolve('lib', 'server', 'main.ts')];
}
