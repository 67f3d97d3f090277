import { createRequire } from 'node:module';
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

// autocannon 9 appends every response body chunk to a string (`req.body += data`, for its
// body checks, which we don't use): each response is decoded as UTF-8, and gzip bytes are the
// slow case of that decoder. With the site's ~13 kB pages that decoding took 73 % of this
// process's CPU, so the load generator, not the server, set the figure (the server sat 60–80 %
// idle) and a page's compressed size moved it. Counting is all we need, so bodies are dropped
// (upstream: mcollina/autocannon#485). autocannon has no exports map, so the internal module
// can be reached; should a later version move it, this require throws and the bench stops.
const requireFromHere = createRequire(import.meta.url);
const queue = requireFromHere('autocannon/lib/pipelinedRequestsQueue.js') as { prototype: { addBody: (data: Buffer) => void } };
queue.prototype.addBody = () => {};

const chunks: Buffer[] = [];
for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
const scenario = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Scenario;
let next = 0;
const latencies: number[] = [];
let non2xx = 0;

// This process's CPU time over the run: near 100 % means the figure is the load generator's
// ceiling, not the server's (the bench prints it beside every scenario).
const cpuAtStart = process.cpuUsage();
const startedAt = performance.now();
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
const cpu = process.cpuUsage(cpuAtStart);
const clientCpuPercent = Math.round(((cpu.user + cpu.system) / 1000 / (performance.now() - startedAt)) * 100);

console.log(
  JSON.stringify({
    requestsPerSecond: round(latencies.length / scenario.durationSeconds),
    latencyMs: summarizeLatencies(latencies),
    requests: latencies.length,
    errors: result.errors + result.timeouts,
    non2xx,
    clientCpuPercent,
  }),
);
