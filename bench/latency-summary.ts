// Percentiles of a load run, in the shape every bench line uses (HTTP scenarios and the search
// SQL alone): exact, from every sample, rounded to hundredths of a millisecond.

export interface LatencySummary {
  p50: number;
  p90: number;
  p95: number;
  p99: number;
  max: number;
}

export function summarizeLatencies(samples: number[]): LatencySummary {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => round(sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : 0);
  return { p50: at(50), p90: at(90), p95: at(95), p99: at(99), max: round(sorted.at(-1) ?? 0) };
}

export function round(value: number): number {
  return Math.round(value * 100) / 100;
}
