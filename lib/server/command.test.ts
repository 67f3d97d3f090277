import { describe, expect, it } from 'vitest';
import { DEFAULT_SERVER_HEAP_MB, productionServerArgs, serverHeapMegabytes } from './command';

describe('production server command', () => {
  it('limits the V8 heap to SERVER_HEAP_MB, or 224 MB when it is unset or unusable', () => {
    expect(serverHeapMegabytes(undefined)).toBe(DEFAULT_SERVER_HEAP_MB);
    expect(serverHeapMegabytes('')).toBe(DEFAULT_SERVER_HEAP_MB);
    expect(serverHeapMegabytes('512')).toBe(512);
    expect(serverHeapMegabytes(' 384 ')).toBe(384);
    expect(serverHeapMegabytes('64')).toBe(DEFAULT_SERVER_HEAP_MB);
    expect(serverHeapMegabytes('1e3')).toBe(DEFAULT_SERVER_HEAP_MB);
    expect(serverHeapMegabytes('lots')).toBe(DEFAULT_SERVER_HEAP_MB);
  });

  it('starts lib/server/main.ts with Node itself (no loader) and the heap limit', () => {
    const args = productionServerArgs();
    expect(args).not.toContain('--import');
    expect(args).toContain(`--max-old-space-size=${serverHeapMegabytes()}`);
    expect(args.at(-1)).toMatch(/lib[/\\]server[/\\]main\.ts$/);
  });
});
