import autocannon from 'autocannon';
import { round, summarizeLatencies } from './latency-summary.ts';

// One load run, in its own process so the load generator doesn't share the server's event
// loop. Input: a JSON scenario on stdin. Output: one JSON line with the measurements.

interface Scenario {
  baseUrl: string;
  paths: string[];
  connections: number;
  durationSeconds: number;
  headers?: Record<string, string>;
}

const chunks: Buffer[] = [];
for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
const scenario = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Scenario;
let next = 0;
const latencies: number[] = [];
let non2xx = 0;

let finish: (result: autocannon.Result) => void = () => {};
const finished = new Promise<autocannon.Result>((resolve) => (finish = resolve));
const instance = autocannon(
  {
    url: scenario.baseUrl,
    connections: scenario.connections,
    duration: scenario.durationSeconds,
    headers: scenario.headers,
    requests: [
      {
        method: 'GET',
        setupRequest: (request) => {
          const path = scenario.paths[next % scenario.paths.length]!;
          next += 1;
          return { ...request, path };
        },
      },
    ],
  },
  (error, result) => {
    if (error) throw error;
    finish(result);
  },
);

instance.on('response', (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
  latencies.push(responseTime);
  if (statusCode < 200 || statusCode >= 300) non2xx += 1;
});

const result = await finished;

console.log(
  JSON.stringify({
    requestsPerSecond: round(latencies.length / scenario.durationSeconds),
    latencyMs: summarizeLatencies(latencies),
    requests: latencies.length,
    errors: result.errors + result.timeouts,
    non2xx,
  }),
);
