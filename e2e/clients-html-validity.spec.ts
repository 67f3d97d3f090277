import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { BROWSER_UA, publicPages, rawGet } from './fixtures/public-pages';

// Issue 14: every public page type and the sign-in page are valid HTML for the Nu HTML Checker
// (vnu-jar, the W3C validator's engine; needs Java: Debian's default-jre-headless).

const VNU_JAR = path.resolve('node_modules/vnu-jar/build/dist/vnu.jar');

interface VnuMessage {
  type: string;
  subType?: string;
  url: string;
  message: string;
  lastLine?: number;
  extract?: string;
}

test('every public page type and the sign-in page have zero Nu HTML Checker errors', async ({ baseURL }) => {
  test.setTimeout(180_000);
  const pages = [
    ...(await publicPages(baseURL!)),
    { name: 'sign-in', path: '/dang-nhap' },
    { name: 'forgot password', path: '/dang-nhap/quen-mat-khau' },
    { name: 'password link', path: '/dang-nhap/dat-lai-mat-khau?token=het-han' },
    { name: 'not found', path: '/tin-tuc/khong-co-bai-nay' },
  ];
  const dir = await mkdtemp(path.join(os.tmpdir(), 'ccn-vnu-'));
  try {
    const files = new Map<string, string>();
    for (const [index, page] of pages.entries()) {
      const response = await rawGet(`${baseURL}${page.path}`, { 'user-agent': BROWSER_UA, 'accept-encoding': 'br' });
      expect(response.headers['content-type'], page.path).toMatch(/^text\/html/);
      const file = path.join(dir, `${index}.html`);
      await writeFile(file, response.text);
      files.set(`file:${file}`, `${page.name} (${page.path})`);
    }
    // One Java start for all pages. Exit status is 1 when there are errors; the JSON says which.
    const result = spawnSync('java', ['-jar', VNU_JAR, '--format', 'json', '--stdout', ...[...files.keys()].map((url) => url.slice(5))], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    if (result.error) throw new Error(`Java is needed for the Nu HTML Checker (apt-get install default-jre-headless): ${result.error.message}`);
    const report = JSON.parse(result.stdout) as { messages: VnuMessage[] };
    const errors = report.messages
      .filter((message) => message.type === 'error' || message.subType === 'fatal')
      .map((message) => `${files.get(message.url) ?? message.url}:${message.lastLine ?? '?'}: ${message.message} ${JSON.stringify(message.extract ?? '')}`);
    expect(errors, errors.join('\n')).toEqual([]);
    // The checker did read every page.
    expect(report.messages.filter((message) => message.type === 'non-document-error')).toEqual([]);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
