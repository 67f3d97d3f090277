import { describe, expect, it } from 'vitest';
import { RenderGate } from './render-gate';

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('RenderGate', () => {
  it('runs at most `limit` at once and lets the waiters in by arrival order', async () => {
    const gate = new RenderGate(2);
    const order: number[] = [];
    const releases = new Map<number, () => void>();
    for (const n of [1, 2, 3, 4, 5]) {
      void gate.acquire().then((release) => {
        order.push(n);
        releases.set(n, release);
      });
    }
    await tick();
    expect(order).toEqual([1, 2]);
    expect(gate.active).toBe(2);
    expect(gate.queued).toBe(3);

    releases.get(2)?.();
    await tick();
    expect(order).toEqual([1, 2, 3]);
    releases.get(1)?.();
    releases.get(3)?.();
    await tick();
    expect(order).toEqual([1, 2, 3, 4, 5]);
    expect(gate.queued).toBe(0);
  });

  it('counts a slot free once even if released twice (finish and close both fire)', async () => {
    const gate = new RenderGate(1);
    const first = await gate.acquire();
    let secondIn = false;
    let thirdIn = false;
    void gate.acquire().then(() => (secondIn = true));
    void gate.acquire().then(() => (thirdIn = true));
    first();
    first();
    await tick();
    expect(secondIn).toBe(true);
    expect(thirdIn).toBe(false);
    expect(gate.active).toBe(1);
  });

  it('refuses a limit that would let nothing or everything through', () => {
    expect(() => new RenderGate(0)).toThrow(/positive integer/);
    expect(() => new RenderGate(Number.NaN)).toThrow(/positive integer/);
  });
});
