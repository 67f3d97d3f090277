import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { AppEnv } from '../lib/config/env.ts';
import { CliError, log, runCli } from './lib/cli.ts';
import { openDatabase } from './lib/database.ts';
import { prepareDatabase } from './lib/prepare.ts';
import { productionServerArgs, productionServerEnv } from '../lib/server/command.ts';

// `npm run dev` / `npm start`: database (DATABASE_URL or the embedded one), migrations, demo
// content on an empty database, then Next.js: `next dev`, or in production our own server
// (lib/server/main.ts: page cache, CSP, outage fallback) around Next's request handler.
// Ctrl-C or SIGTERM stops the web server (in-flight requests finish), then PostgreSQL.

const mode = process.argv[2] === 'dev' ? 'dev' : 'start';

async function authSecret(env: AppEnv): Promise<string> {
  if (env.NEXTAUTH_SECRET) return env.NEXTAUTH_SECRET;
  const file = path.join(env.dataDir, 'auth-secret');
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  await mkdir(env.dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  await writeFile(file, secret, { mode: 0o600 });
  log(`NEXTAUTH_SECRET is not set: generated one in ${file} (set it yourself when running several instances).`);
  return secret;
}

await runCli(async (env) => {
  if (mode === 'start' && !existsSync(path.resolve('.next', 'BUILD_ID'))) {
    throw new CliError('No production build found: run `npm run build` before `npm start`.');
  }
  const database = await openDatabase(env, log);
  let stopping = false;
  const stopDatabase = async () => {
    await database.stop().catch((error: unknown) => console.error('[ccn] Stopping PostgreSQL failed:', error));
  };
  try {
    await prepareDatabase(database.url, env, log);
  } catch (error) {
    await stopDatabase();
    throw error;
  }
  const siteUrl = env.SITE_URL ?? `http://localhost:${env.PORT}`;
  const nextBin = path.resolve('node_modules', 'next', 'dist', 'bin', 'next');
  const args = mode === 'dev' ? [nextBin, 'dev', '--port', String(env.PORT), '--hostname', env.HOSTNAME] : productionServerArgs();
  const child = spawn(process.execPath, args, {
    stdio: 'inherit',
    env: {
      ...process.env,
      ...productionServerEnv(),
      NODE_ENV: mode === 'dev' ? 'development' : 'production',
      PORT: String(env.PORT),
      HOSTNAME: env.HOSTNAME,
      DATABASE_URL: database.url,
      NEXTAUTH_SECRET: await authSecret(env),
      NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? siteUrl,
      SITE_URL: siteUrl,
      UPLOAD_DIR: env.uploadDir,
    },
  });
  log(`Serving ${siteUrl} (${mode === 'dev' ? 'development' : 'production'} mode).`);

  const shutdown = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    log(`${signal} received: stopping the web server${database.embedded ? ' and PostgreSQL' : ''}.`);
    child.kill(signal);
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));

  const code = await new Promise<number>((resolve) => child.on('exit', (exitCode) => resolve(exitCode ?? 0)));
  await stopDatabase();
  process.exit(stopping ? 0 : code);
});
