// A first-come, first-served limit on how many requests Next.js renders at once.
//
// Without it, a burst of readers on uncached pages (search, a page right after a publish) starts
// hundreds of renders that interleave on one event loop: each takes far longer, memory grows with
// every render in flight, and some readers wait a minute while later ones are served at once
// (measured: 50 connections on /tim-kiem gave p50 131 ms but p99 11 s). Queued in arrival order,
// every request waits its turn and the ones being rendered finish at full speed.

export type Release = () => void;

export class RenderGate {
  private running = 0;
  private readonly waiting: Array<() => void> = [];

  readonly limit: number;

  constructor(limit: number) {
    this.limit = limit;
    if (!Number.isInteger(limit) || limit < 1) throw new Error(`RenderGate limit must be a positive integer, got ${limit}`);
  }

  get active(): number {
    return this.running;
  }

  get queued(): number {
    return this.waiting.length;
  }

  /** Resolves when the caller may render; call the returned function exactly once when done. */
  acquire(): Promise<Release> {
    return new Promise((resolve) => {
      const start = () => {
        this.running += 1;
        let released = false;
        resolve(() => {
          if (released) return;
          released = true;
          this.running -= 1;
          this.waiting.shift()?.();
        });
      };
      if (this.running < this.limit) start();
      else this.waiting.push(start);
    });
  }
}
