import { spawnSync } from 'node:child_process';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { findExecutable } from './lib/executables.ts';

// `npm test`'s first step: what the tests need outside npm, installed when missing.
// As root: Debian's packages (apt-get). Otherwise: the ecosystem's own installer where there is
// one (`playwright install chromium`), else one line saying what to install. Prints what it
// installed; prints nothing when everything is there.
//
//   Chromium + fonts-noto-core   e2e specs in a real browser (Vietnamese text needs the fonts)
//   redis-server                 the several-instances specs and `npm run test:deploy`
//   java (default-jre-headless)  the Nu HTML validator (vnu-jar) the e2e specs run
//   nginx (+ its Brotli modules) `npm run test:deploy` (the production topology in deploy/)

const log = (line: string) => console.log(`[prerequisites] ${line}`);

function playwrightChromium(): string | undefined {
  const result = spawnSync(process.execPath, ['-e', "import('@playwright/test').then(({ chromium }) => console.log(chromium.executablePath()))"], {
    encoding: 'utf8',
  });
  const executable = result.stdout.trim();
  return executable && existsSync(executable) ? executable : undefined;
}

interface Prerequisite {
  what: string;
  packages: string[];
  present: () => boolean;
  /** Not needed by every test: missing and not installable is a note, not a stop. */
  optional?: boolean;
  /** The ecosystem's own installer, for an ordinary user. */
  userInstall?: () => boolean;
}

const PREREQUISITES: Prerequisite[] = [
  {
    what: 'Chromium',
    packages: ['chromium'],
    present: () => Boolean(findExecutable('chromium', [process.env.CHROMIUM_PATH, '/usr/bin/chromium-browser']) ?? playwrightChromium()),
    userInstall: () => spawnSync(process.execPath, ['node_modules/@playwright/test/cli.js', 'install', 'chromium'], { stdio: 'inherit' }).status === 0,
  },
  { what: 'the Noto fonts', packages: ['fonts-noto-core'], present: () => existsSync('/usr/share/fonts/truetype/noto'), optional: true },
  { what: 'redis-server', packages: ['redis-server'], present: () => Boolean(findExecutable('redis-server', [process.env.REDIS_SERVER_PATH])) },
  {
    what: 'Java',
    packages: ['default-jre-headless'],
    present: () => Boolean(findExecutable('java', [process.env.JAVA_HOME && path.join(process.env.JAVA_HOME, 'bin', 'java')])),
  },
  { what: 'nginx', packages: ['nginx'], present: () => Boolean(findExecutable('nginx', [process.env.NGINX_PATH])), optional: true },
];

const BROTLI_MODULES = ['libnginx-mod-http-brotli-filter', 'libnginx-mod-http-brotli-static'];

function isRoot(): boolean {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

function apt(args: string[]): boolean {
  const result = spawnSync('apt-get', args, { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  return result.status === 0;
}

function packageKnown(name: string): boolean {
  return spawnSync('apt-cache', ['show', name], { stdio: 'ignore' }).status === 0;
}

function packageInstalled(name: string): boolean {
  const result = spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' });
  return result.status === 0 && result.stdout.includes('install ok installed');
}

/** Installs Debian packages without letting their services (nginx, redis) start on the machine. */
function aptInstall(packages: string[]): boolean {
  const policy = '/usr/sbin/policy-rc.d';
  const ownPolicy = !existsSync(policy);
  if (ownPolicy) writeFileSync(policy, '#!/bin/sh\n# ccn test prerequisites: no service starts during the install\nexit 101\n', { mode: 0o755 });
  try {
    return apt(['install', '-y', '-qq', ...packages]);
  } finally {
    if (ownPolicy) rmSync(policy, { force: true });
  }
}

function main(): number {
  const missing = PREREQUISITES.filter((item) => !item.present());
  const canApt = isRoot() && Boolean(findExecutable('apt-get'));
  const wanted = missing.flatMap((item) => item.packages);
  // Brotli for nginx where Debian has it (bookworm ships it as separate modules).
  const nginxWanted = canApt && (wanted.includes('nginx') || Boolean(findExecutable('nginx', [process.env.NGINX_PATH])));
  const brotliMissing = nginxWanted ? BROTLI_MODULES.filter((name) => !packageInstalled(name)) : [];
  if (missing.length === 0 && brotliMissing.length === 0) return 0;

  if (canApt) {
    log(`Installing from Debian's packages: ${[...wanted, ...brotliMissing].join(' ')}`);
    if (!apt(['update', '-qq'])) log('apt-get update failed; trying with the package lists already here.');
    if (wanted.length > 0 && !aptInstall(wanted)) log(`apt-get install ${wanted.join(' ')} failed.`);
    const brotli = brotliMissing.filter(packageKnown);
    if (brotli.length > 0 && !aptInstall(brotli)) log('The nginx Brotli modules did not install: nginx compresses with gzip only.');
  }
  let failed = false;
  for (const item of missing) {
    if (item.present()) {
      log(`Installed ${item.what} (${item.packages.join(' ')}).`);
      continue;
    }
    if (!canApt && item.userInstall) {
      log(`Installing ${item.what} with its own installer…`);
      if (item.userInstall() && item.present()) {
        log(`Installed ${item.what}.`);
        continue;
      }
    }
    const line = `${item.what} is missing: install it with \`sudo apt-get install -y ${item.packages.join(' ')}\`${item.what === 'Chromium' ? ' (or set CHROMIUM_PATH)' : ''}.`;
    if (item.optional) log(`${line} Going on without it (${item.what === 'nginx' ? '`npm run test:deploy` is skipped' : 'screenshots may miss glyphs'}).`);
    else {
      console.error(`[prerequisites] ${line}`);
      failed = true;
    }
  }
  for (const name of brotliMissing) if (packageInstalled(name)) log(`Installed ${name}.`);
  return failed ? 1 : 0;
}

process.exit(main());
