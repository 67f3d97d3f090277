import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { inlineScriptHashes } from './csp';
import {
  CLIENT_BAILOUT_DIGEST,
  FRAMEWORK_INLINE_SCRIPT_PREFIXES,
  hitNotFoundAfterShell,
  isCacheFunctionId,
  NEXT_DEFAULT_CACHE_HANDLER_MODULE,
  NEXT_ICON_REINSERT_SCRIPT,
  NEXT_ORIGIN_VARIABLE,
  NOT_FOUND_DIGEST,
  SERVER_REFERENCE_ID_LENGTH,
} from './framework-contract';
import { hasFailedBoundary } from './outage';

// The contract between the production server and framework internals (framework-contract.ts),
// checked against the installed Next.js and React. A failure here after an upgrade names the
// assumption that no longer holds: fix the contract module (and what uses it), not this test.

const require = createRequire(import.meta.url);
const nextFile = (relative: string) => readFileSync(require.resolve(`next/dist/${relative}`), 'utf8');

function assumption(name: string, holds: boolean): void {
  if (!holds) throw new Error(`Framework contract broken: ${name}. See lib/server/framework-contract.ts.`);
}

/** Renders a tree with React's own server renderer (the copy Next uses) and returns the HTML. */
async function fizz(): Promise<string> {
  const React = require('next/dist/compiled/react-experimental') as typeof import('react');
  const { renderToPipeableStream } = require('next/dist/compiled/react-dom-experimental/server.node') as typeof import('react-dom/server');
  const h = React.createElement;
  let resolve: () => void = () => {};
  const later = new Promise<void>((done) => (resolve = done));
  let ready = false;
  const Late = () => {
    if (!ready) throw later.then(() => (ready = true));
    return h('p', null, 'sau');
  };
  let failed = false;
  const Broken = () => {
    if (!failed) throw later.then(() => (failed = true));
    throw Object.assign(new Error('hỏng'), { digest: 'DB_DOWN' });
  };
  const app = h(
    'html',
    null,
    h(
      'body',
      null,
      h(React.Suspense, { fallback: h('i', null, '…') }, h(Late)),
      h(React.Suspense, { fallback: h('i', null, '…') }, h(Broken)),
      h('form', { action: async () => {} }, h('button', null, 'Gửi')),
    ),
  );
  return new Promise((done, fail) => {
    const sink = new PassThrough();
    let html = '';
    sink.on('data', (chunk: Buffer) => (html += chunk.toString('utf8')));
    sink.on('end', () => done(html));
    const stream = renderToPipeableStream(app, {
      onShellReady: () => {
        stream.pipe(sink);
        setTimeout(resolve, 5);
      },
      onShellError: fail,
      onError: (error) => (error as { digest?: string }).digest,
    });
  });
}

describe('framework contract', () => {
  it("every inline script React's server renderer writes begins with a known prefix (CSP hashes)", async () => {
    const html = await fizz();
    const { hashes, unrecognized } = inlineScriptHashes(html);
    assumption(
      `React Fizz inline scripts begin with FRAMEWORK_INLINE_SCRIPT_PREFIXES (unrecognised: ${JSON.stringify(unrecognized)})`,
      unrecognized.length === 0,
    );
    assumption('React streams completed boundaries with inline scripts', hashes.length > 0);
  });

  it("Next's flight data scripts begin with a known prefix", () => {
    const source = nextFile('server/app-render/stream-ops.node.js') + nextFile('server/app-render/use-flight-response.js');
    for (const prefix of ['self.__next_f.push(', '(self.__next_f=self.__next_f||[]).push(']) {
      assumption(`Next writes flight data as \`${prefix}…\``, source.includes(prefix) && FRAMEWORK_INLINE_SCRIPT_PREFIXES.includes(prefix));
    }
  });

  it("Next's icon re-insertion script is the text the CSP hashes", () => {
    const source = nextFile('server/app-render/metadata-insertion/create-server-inserted-metadata.js');
    assumption('Next re-inserts icons with NEXT_ICON_REINSERT_SCRIPT', source.includes(NEXT_ICON_REINSERT_SCRIPT));
    assumption('the CSP hashes that script', inlineScriptHashes(`<script>${NEXT_ICON_REINSERT_SCRIPT}</script>`).unrecognized.length === 0);
  });

  it('a boundary that failed on the server is marked with its digest, as outage.ts reads it', async () => {
    const html = await fizz();
    assumption('React marks a failed boundary with data-dgst="…" or $RX("B:n","digest")', hasFailedBoundary(html));
  });

  it('notFound() and client bailouts carry the digests the server recognises', () => {
    assumption(
      `notFound() digest is "${NOT_FOUND_DIGEST}"`,
      nextFile('client/components/http-access-fallback/http-access-fallback.js').includes("'NEXT_HTTP_ERROR_FALLBACK'") &&
        NOT_FOUND_DIGEST === 'NEXT_HTTP_ERROR_FALLBACK;404',
    );
    assumption(
      `client-side bailout digest is "${CLIENT_BAILOUT_DIGEST}"`,
      nextFile('shared/lib/lazy-dynamic/bailout-to-csr.js').includes(CLIENT_BAILOUT_DIGEST),
    );
    expect(hitNotFoundAfterShell(`<script>$RX("B:1","${NOT_FOUND_DIGEST}")</script>`)).toBe(true);
    expect(hitNotFoundAfterShell(`<template data-dgst="${NOT_FOUND_DIGEST}"></template>`)).toBe(true);
    expect(hitNotFoundAfterShell(`<p>${NOT_FOUND_DIGEST}</p>`)).toBe(false);
  });

  it("server-function ids: length and the 'use cache' bit agree with Next's own decoder", () => {
    const info = require('next/dist/shared/lib/server-reference-info.js') as {
      SERVER_REFERENCE_ID_LENGTH: number;
      extractInfoFromServerReferenceId: (id: string) => { type: 'use-cache' | 'server-action' };
    };
    assumption(`server-function ids are ${SERVER_REFERENCE_ID_LENGTH} characters`, info.SERVER_REFERENCE_ID_LENGTH === SERVER_REFERENCE_ID_LENGTH);
    for (let byte = 0; byte < 256; byte += 1) {
      const id = byte.toString(16).padStart(2, '0') + 'a'.repeat(SERVER_REFERENCE_ID_LENGTH - 2);
      assumption(
        `id ${id.slice(0, 2)}…: the top bit of the first byte marks a 'use cache' function`,
        isCacheFunctionId(id) === (info.extractInfoFromServerReferenceId(id).type === 'use-cache'),
      );
    }
    expect(isCacheFunctionId('zz')).toBe(true);
  });

  it('`next start` passes its origin to request handling through the variable the custom server sets', () => {
    assumption(
      `next start sets process.env.${NEXT_ORIGIN_VARIABLE}`,
      nextFile('server/lib/start-server.js').includes(`process.env.${NEXT_ORIGIN_VARIABLE} = `),
    );
  });

  it("Next's in-memory cache handler is where cache-handler.mjs imports it from, with the methods it wraps", async () => {
    const handlerSource = readFileSync('lib/cache/cache-handler.mjs', 'utf8');
    assumption(
      `lib/cache/cache-handler.mjs imports ${NEXT_DEFAULT_CACHE_HANDLER_MODULE}`,
      handlerSource.includes(`from '${NEXT_DEFAULT_CACHE_HANDLER_MODULE}'`),
    );
    const loaded = (await import(NEXT_DEFAULT_CACHE_HANDLER_MODULE)) as {
      default: { createDefaultCacheHandler?: (maxSize: number) => Record<string, unknown> };
    };
    const create = loaded.default.createDefaultCacheHandler;
    assumption(`${NEXT_DEFAULT_CACHE_HANDLER_MODULE} exports createDefaultCacheHandler`, typeof create === 'function');
    const handler = create!(1024);
    for (const method of ['get', 'set', 'refreshTags', 'getExpiration', 'updateTags']) {
      assumption(`Next's default cache handler has ${method}()`, typeof handler[method] === 'function');
    }
  });
});
