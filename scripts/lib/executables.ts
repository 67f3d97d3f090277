import { existsSync } from 'node:fs';
import path from 'node:path';

const SEARCH_PATH = [...(process.env.PATH ?? '').split(path.delimiter), '/usr/local/sbin', '/usr/local/bin', '/usr/sbin', '/usr/bin', '/sbin', '/bin'];

/** The first existing file among explicit paths (an env variable's value first) and `name` on the PATH and in the sbin folders. */
export function findExecutable(name: string, explicit: (string | undefined)[] = []): string | undefined {
  const candidates = [...explicit.filter((value): value is string => Boolean(value)), ...SEARCH_PATH.filter(Boolean).map((dir) => path.join(dir, name))];
  return candidates.find((candidate) => existsSync(candidate));
}
