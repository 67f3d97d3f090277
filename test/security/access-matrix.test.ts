import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { NextRequest } from 'next/server';
import { beforeAll, describe, expect, it, vi } from 'vitest';
vi.mock('next-auth', () => import('@/test/next-auth-mock'));
vi.mock('next/server', async (importOriginal) => ({ ...(await importOriginal<typeof import('next/server')>()), connection: async () => undefined }));
vi.mock('next/headers', () => import('@/test/next-headers-stub'));
import { actionDefinitionOf } from '@/lib/actions/define-action';
import { ADMIN_PAGE_PERMISSIONS, adminPermissionFor } from '@/lib/auth/admin-routes';
import { decideAdminAccess } from '@/lib/auth/admin-gate';
import { ROUTE_HANDLER_ACCESS, SERVER_ACTION_ACCESS, type EndpointAccess } from '@/lib/auth/endpoint-access';
import { PERMISSIONS, can, type Permission, type Role } from '@/lib/auth/permissions';
import { prisma } from '@/lib/db';
import { actAs, createTestUser, type TestUser } from '@/test/act-as';
import { snapshotDatabase } from '@/test/db-snapshot';
import {
  ROOT,
  adminPageRoutes,
  declaredAccessInSource,
  exportedNames,
  inlineServerActionFiles,
  relative,
  routeHandlerKeys,
  serverActionFiles,
} from './source-tree';

// The access matrix (issue 5): every server action, route handler and admin page found in the
// tree must be in the registry (lib/auth/endpoint-access.ts, lib/auth/admin-routes.ts), and is
// called as anonymous, AUTHOR, EDITOR and ADMIN. Allowed callers get through the permission
// check; everyone else gets 401/403 and the database stays exactly as it was.

type Caller = Role | null;
const CALLERS: readonly Caller[] = [null, 'AUTHOR', 'EDITOR', 'ADMIN'];
type Outcome = { kind: 'denied'; status: 401 | 403 } | { kind: 'passed'; status?: number } | { kind: 'error'; error: unknown };

const users = {} as Record<Role, TestUser>;
beforeAll(async () => {
  for (const role of ['AUTHOR', 'EDITOR', 'ADMIN'] as const) users[role] = await createTestUser(role);
  // Something for the actions to (not) touch.
  const author = users.AUTHOR;
  await prisma.category.create({ data: { name: 'Danh mục ma trận', slug: 'danh-muc-ma-tran' } });
  await prisma.article.create({
    data: { title: 'Bài ma trận', asciiTitle: 'Bai ma tran', slug: 'bai-ma-tran', authorId: author.id, body: { type: 'doc', content: [] } },
  });
  await prisma.linkedSite.create({ data: { name: 'Website ma trận', url: 'https://example.org' } });
});

async function as(caller: Caller): Promise<void> {
  await actAs(caller === null ? null : users[caller]);
}

function digestStatus(error: unknown): 401 | 403 | 'redirect' | null {
  const digest = (error as { digest?: unknown } | null)?.digest;
  if (digest === 'NEXT_HTTP_ERROR_FALLBACK;401') return 401;
  if (digest === 'NEXT_HTTP_ERROR_FALLBACK;403') return 403;
  if (typeof digest === 'string' && digest.startsWith('NEXT_REDIRECT')) return 'redirect';
  return null;
}

async function outcomeOf(call: () => Promise<unknown>): Promise<Outcome> {
  try {
    const value = await call();
    if (value instanceof Response) {
      if (value.status === 401 || value.status === 403) return { kind: 'denied', status: value.status };
      return { kind: 'passed', status: value.status };
    }
    return { kind: 'passed' };
  } catch (error) {
    const status = digestStatus(error);
    if (status === 401 || status === 403) return { kind: 'denied', status };
    if (status === 'redirect') return { kind: 'passed' };
    return { kind: 'error', error };
  }
}

function expectedFor(access: EndpointAccess, caller: Caller): 'allowed' | 401 | 403 {
  if (access === 'public' || access === 'own-session') return 'allowed';
  if (access === 'scheduler-token' || access === 'cache-token' || access === 'always-403') return 403;
  if (caller === null) return 401;
  return can(caller, access) ? 'allowed' : 403;
}

async function expectAccess(access: EndpointAccess, caller: Caller, call: () => Promise<unknown>): Promise<void> {
  const expected = expectedFor(access, caller);
  const before = expected === 'allowed' ? null : await snapshotDatabase();
  const outcome = await outcomeOf(call);
  if (outcome.kind === 'error') throw outcome.error;
  if (expected === 'allowed') {
    expect(outcome.kind, `${caller ?? 'anonymous'} should get through`).toBe('passed');
    if (outcome.kind === 'passed' && outcome.status !== undefined) expect(outcome.status).toBeLessThan(500);
  } else {
    expect(outcome, `${caller ?? 'anonymous'} should be refused`).toEqual({ kind: 'denied', status: expected });
    expect(await snapshotDatabase()).toEqual(before);
  }
}

// ---------------------------------------------------------------------------------------------
describe('server actions', () => {
  const files = serverActionFiles();
  const found = files.flatMap((file) => exportedNames(file).map((name) => `${relative(file)}#${name}`)).sort();

  async function loadAction(key: string): Promise<(...args: unknown[]) => Promise<unknown>> {
    const [file, name] = key.split('#') as [string, string];
    const loaded = (await import(/* @vite-ignore */ path.join(ROOT, file))) as Record<string, (...args: unknown[]) => Promise<unknown>>;
    const fn = loaded[name];
    if (!fn) throw new Error(`${key} is not exported`);
    return fn;
  }

  /** An action built with defineAction declares its permission; the registry holds the rest. */
  async function accessOf(key: string): Promise<EndpointAccess | undefined> {
    const declared = actionDefinitionOf(await loadAction(key))?.permission;
    return declared ?? SERVER_ACTION_ACCESS[key];
  }

  it('all declare their permission or are in the registry, which lists nothing else', async () => {
    expect(found.length).toBeGreaterThan(30);
    const missing: string[] = [];
    const doubled: string[] = [];
    for (const key of found) {
      const declared = actionDefinitionOf(await loadAction(key))?.permission;
      if (!declared && !(key in SERVER_ACTION_ACCESS)) missing.push(key);
      if (declared && key in SERVER_ACTION_ACCESS) doubled.push(key);
    }
    expect(missing, 'actions neither built with defineAction nor in lib/auth/endpoint-access.ts').toEqual([]);
    expect(doubled, 'actions that declare their permission must not be in the registry too').toEqual([]);
    expect(
      Object.keys(SERVER_ACTION_ACCESS).filter((key) => !found.includes(key)),
      'registry entries with no action',
    ).toEqual([]);
  });

  it('declare in their source the permission their definition holds (what the end-to-end test reads)', async () => {
    for (const key of found) {
      const declared = actionDefinitionOf(await loadAction(key))?.permission;
      if (!declared) continue;
      const [file, name] = key.split('#') as [string, string];
      expect(declaredAccessInSource(file, name), key).toBe(declared);
    }
  });

  it('live only in top-level "use server" files (no inline actions the matrix could miss)', () => {
    expect(inlineServerActionFiles().map(relative)).toEqual([]);
  });

  it('export nothing but async functions, each checking its permission first', async () => {
    for (const file of files) {
      const loaded = (await import(/* @vite-ignore */ file)) as Record<string, unknown>;
      for (const name of exportedNames(file)) {
        expect(typeof loaded[name], `${relative(file)}#${name}`).toBe('function');
        expect((loaded[name] as { constructor: { name: string } }).constructor.name, `${relative(file)}#${name}`).toBe('AsyncFunction');
      }
    }
  });

  // Probe arguments: empty forms and objects. Allowed callers get a validation result (or a
  // redirect); nobody may get a thrown error other than 401/403.
  function probeArgs(fn: (...args: unknown[]) => unknown): unknown[] {
    if (fn.length >= 2) return [null, new FormData()];
    if (fn.length === 1) return [new FormData()];
    return [];
  }

  for (const key of found) {
    for (const caller of CALLERS) {
      it(`${key} as ${caller ?? 'anonymous'}`, async () => {
        const fn = await loadAction(key);
        const access = await accessOf(key);
        if (!access) throw new Error(`${key} declares no permission`);
        await as(caller);
        await expectAccess(access, caller, () => fn(...probeArgs(fn)));
      });
    }
  }

  // Actions whose permission depends on the input.
  const VARIANTS: { label: string; permission: Permission; call: () => Promise<unknown> }[] = [
    {
      label: 'saveArticleAction publish',
      permission: 'article.publish',
      call: async () => (await import('@/lib/actions/articles')).saveArticleAction({ ok: false }, { intent: 'publish' } as never),
    },
    {
      label: 'saveArticleAction schedule',
      permission: 'article.schedule',
      call: async () => (await import('@/lib/actions/articles')).saveArticleAction({ ok: false }, { intent: 'schedule' } as never),
    },
    {
      label: 'saveArticleAction submit',
      permission: 'article.submitForReview',
      call: async () => (await import('@/lib/actions/articles')).saveArticleAction({ ok: false }, { intent: 'submit' } as never),
    },
    {
      label: 'saveArticleAction save existing',
      permission: 'article.editOwn',
      call: async () => (await import('@/lib/actions/articles')).saveArticleAction({ ok: false }, { intent: 'save', id: randomUUID() } as never),
    },
    {
      label: 'changeArticleStatusAction archive',
      permission: 'article.archive',
      call: async () => {
        const data = new FormData();
        data.set('to', 'ARCHIVED');
        return (await import('@/lib/actions/articles')).changeArticleStatusAction({ ok: false, message: '' } as never, data);
      },
    },
  ];
  for (const variant of VARIANTS) {
    for (const caller of CALLERS) {
      it(`${variant.label} as ${caller ?? 'anonymous'} (${variant.permission})`, async () => {
        await as(caller);
        await expectAccess(variant.permission, caller, variant.call);
      });
    }
  }

  it('sign-out only ever ends the caller’s own session', async () => {
    const { signOutAction } = await import('@/lib/actions/auth');
    const versions = async () =>
      (await prisma.user.findMany({ select: { id: true, sessionVersion: true }, orderBy: { id: 'asc' } })).map((u) => `${u.id}:${u.sessionVersion}`);
    await as(null);
    const before = await snapshotDatabase();
    await expect(signOutAction()).rejects.toMatchObject({ digest: expect.stringMatching(/^NEXT_REDIRECT/) });
    expect(await snapshotDatabase()).toEqual(before);
    const others = await versions();
    await as('AUTHOR');
    await expect(signOutAction()).rejects.toMatchObject({ digest: expect.stringMatching(/^NEXT_REDIRECT/) });
    const after = await versions();
    const changed = after.filter((entry) => !others.includes(entry));
    expect(changed).toHaveLength(1);
    expect(changed[0]?.startsWith(users.AUTHOR.id)).toBe(true);
    // Sign the author back in for the remaining tests (their token carries the new version).
    await actAs(users.AUTHOR);
  });
});

// ---------------------------------------------------------------------------------------------
describe('route handlers', () => {
  it('are all in the registry, and the registry lists nothing that does not exist', () => {
    const found = routeHandlerKeys();
    expect(
      found.filter((key) => !(key in ROUTE_HANDLER_ACCESS)),
      'route handlers missing from lib/auth/endpoint-access.ts',
    ).toEqual([]);
    expect(
      Object.keys(ROUTE_HANDLER_ACCESS).filter((key) => !found.includes(key)),
      'registry entries with no handler',
    ).toEqual([]);
  });

  // next-auth's own handler can't run under Vitest (next-auth is mocked); it is public by nature
  // and exercised over HTTP in e2e/admin-auth.spec.ts and e2e/security-auth.spec.ts.
  const UNIT_TESTABLE = Object.keys(ROUTE_HANDLER_ACCESS).filter((key) => !key.includes('[...nextauth]'));

  function probeRequest(method: string): NextRequest {
    const hasBody = method !== 'GET' && method !== 'HEAD';
    return new NextRequest('http://127.0.0.1:3000/probe', {
      method,
      headers: { 'x-file-name': 'anh.jpg', 'content-type': 'application/octet-stream' },
      ...(hasBody ? { body: '{}' } : {}),
    });
  }

  for (const key of UNIT_TESTABLE) {
    const [file, method] = key.split('#') as [string, string];
    for (const caller of CALLERS) {
      it(`${key} as ${caller ?? 'anonymous'}`, async () => {
        const loaded = (await import(/* @vite-ignore */ path.join(ROOT, file))) as Record<string, (...args: unknown[]) => Promise<unknown>>;
        const handler = loaded[method];
        if (!handler) throw new Error(`${key} is not exported`);
        await as(caller);
        const context = { params: Promise.resolve({ id: randomUUID(), key: ['khong-co', 'tep.jpg'] }) };
        await expectAccess(ROUTE_HANDLER_ACCESS[key] as EndpointAccess, caller, () =>
          method === 'default' ? handler() : handler(probeRequest(method), context),
        );
      });
    }
  }
});

// ---------------------------------------------------------------------------------------------
describe('admin pages', () => {
  const pages = adminPageRoutes();

  it('are all in the admin route table, which lists nothing that does not exist', () => {
    expect(pages.length).toBeGreaterThan(15);
    expect(
      pages.map((p) => p.route).filter((route) => !(route in ADMIN_PAGE_PERMISSIONS)),
      'pages missing from lib/auth/admin-pages.ts',
    ).toEqual([]);
    expect(
      Object.keys(ADMIN_PAGE_PERMISSIONS).filter((route) => !pages.some((p) => p.route === route)),
      'table entries with no page',
    ).toEqual([]);
  });

  it('each check their own entry themselves (the proxy is not the only guard)', () => {
    for (const { route, file } of pages) {
      const source = readFileSync(file, 'utf8');
      expect(source, route).toContain(`requireAdminPage('${route}')`);
    }
  });

  it('resolve concrete addresses to their own entry', () => {
    for (const route of Object.keys(ADMIN_PAGE_PERMISSIONS)) {
      const address = route.replaceAll(/\[[^\]]+\]/g, randomUUID());
      expect(adminPermissionFor(address), address).toBe(ADMIN_PAGE_PERMISSIONS[route]);
    }
    expect(adminPermissionFor('/quan-tri/tin-tuc/moi')).toBe('article.create');
    expect(adminPermissionFor('/quan-tri/nguoi-dung/khong-co')).toBe('user.manage');
    expect(adminPermissionFor('/quan-tri/khong-co-muc-nay')).toBe('admin.access');
  });

  // The proxy's decision (the HTTP statuses are checked on the built app in e2e/security-access.spec.ts).
  it('are decided before rendering from the token and the user’s current row', async () => {
    const tokenFor = async (user: TestUser) => {
      const row = await prisma.user.findUniqueOrThrow({ where: { id: user.id } });
      return { sub: user.id, sessionVersion: row.sessionVersion, signedInAt: Date.now() };
    };
    for (const { route } of pages) {
      const address = route.replaceAll(/\[[^\]]+\]/g, randomUUID());
      expect(await decideAdminAccess(null, address), `${address} anonymous`).toBe('sign-in');
      for (const role of ['AUTHOR', 'EDITOR', 'ADMIN'] as const) {
        const expected = can(role, ADMIN_PAGE_PERMISSIONS[route] as Permission) ? 'allow' : 'forbidden';
        expect(await decideAdminAccess(await tokenFor(users[role]), address), `${address} ${role}`).toBe(expected);
      }
    }
  });

  it('send disabled users, old session versions and sessions past 8 hours to sign-in', async () => {
    const user = await createTestUser('ADMIN');
    const { sessionVersion } = await prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    const token = { sub: user.id, sessionVersion, signedInAt: Date.now() };
    expect(await decideAdminAccess(token, '/quan-tri')).toBe('allow');
    expect(await decideAdminAccess({ ...token, signedInAt: Date.now() - 9 * 3_600_000 }, '/quan-tri')).toBe('sign-in');
    expect(await decideAdminAccess({ ...token, signedInAt: undefined }, '/quan-tri')).toBe('sign-in');
    expect(await decideAdminAccess({ ...token, sub: 'not-a-uuid' }, '/quan-tri')).toBe('sign-in');
    await prisma.user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } } });
    expect(await decideAdminAccess(token, '/quan-tri')).toBe('sign-in');
    await prisma.user.update({ where: { id: user.id }, data: { disabled: true } });
    expect(await decideAdminAccess({ ...token, sessionVersion: sessionVersion + 1 }, '/quan-tri')).toBe('sign-in');
  });

  it('cover every permission some role lacks at least once (so the 403 path is exercised)', () => {
    const restricted = Object.values(ADMIN_PAGE_PERMISSIONS).filter((permission) => PERMISSIONS[permission].length < 3);
    expect(restricted.length).toBeGreaterThan(5);
  });
});
