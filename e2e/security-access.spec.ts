import { randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { ADMIN_PAGE_PERMISSIONS } from '../lib/auth/admin-routes.ts';
import { SERVER_ACTION_ACCESS } from '../lib/auth/endpoint-access.ts';
import { PERMISSIONS, can, type Permission, type Role } from '../lib/auth/permissions.ts';
import { createPrismaClient } from '../lib/database/client.ts';
import { adminPageRoutes, declaredAccessInSource } from '../test/security/source-tree.ts';
import { apiSession } from './fixtures/api-session';
import { e2eDatabaseUrl, e2eUser } from './fixtures/env';
import { createStaffUser } from './fixtures/staff-user';

// Access control over HTTP on the production build (issue 5): admin pages answer 307 (to
// sign-in) / 403 / 200 by role before anything renders, server actions POSTed directly (Next-
// Action header, no page) are refused and write nothing, bypass tricks reach no admin data,
// and public routes (every variant) leak nothing that is not published.

const ROLES: readonly Role[] = ['AUTHOR', 'EDITOR', 'ADMIN'];
const FORBIDDEN_TEXT = 'Bạn không có quyền truy cập trang này';
const ADMIN_EMAIL = e2eUser('ADMIN').email;

function concrete(route: string): string {
  return route.replaceAll(/\[[^\]]+\]/g, randomUUID());
}

test.describe.configure({ mode: 'parallel' });

test('every admin page answers by role before rendering (document, RSC and prefetch requests)', async () => {
  test.setTimeout(120_000);
  const pages = adminPageRoutes();
  expect(pages.length).toBeGreaterThan(15);
  const sessions = new Map<Role | null, APIRequestContext>([[null, await apiSession(null)]]);
  for (const role of ROLES) sessions.set(role, await apiSession(role));
  const variants: { label: string; headers: Record<string, string>; query: string }[] = [
    { label: 'document', headers: {}, query: '' },
    { label: 'RSC', headers: { RSC: '1' }, query: '' },
    { label: 'prefetch', headers: { RSC: '1', 'Next-Router-Prefetch': '1' }, query: '?_rsc=abc12' },
  ];
  for (const { route } of pages) {
    const permission = ADMIN_PAGE_PERMISSIONS[route] as Permission;
    const address = concrete(route);
    for (const [caller, api] of sessions) {
      for (const variant of variants) {
        const response = await api.get(address + variant.query, { headers: variant.headers, maxRedirects: 0 });
        const where = `${address} ${variant.label} as ${caller ?? 'anonymous'}`;
        if (caller === null) {
          expect(response.status(), where).toBe(307);
          expect(response.headers().location, where).toMatch(/^\/dang-nhap\?callbackUrl=/);
        } else if (can(caller, permission)) {
          // RSC requests without Next's cache-busting _rsc value are redirected to the same page with it.
          const selfRedirect = response.status() === 307 && !/dang-nhap/.test(response.headers().location ?? '');
          expect(selfRedirect || [200, 404].includes(response.status()), `${where}: HTTP ${response.status()}`).toBe(true);
        } else {
          // Router fetches may first be sent (307) to the 403 route with Next's _rsc value.
          let final = response;
          if (response.status() === 307 && (response.headers().location ?? '').startsWith('/quan-tri-khong-co-quyen')) {
            final = await api.get(response.headers().location ?? '', { headers: variant.headers, maxRedirects: 0 });
          }
          expect(final.status(), where).toBe(403);
          const body = await final.text();
          if (variant.label === 'document') expect(body, where).toContain(FORBIDDEN_TEXT);
          expect(body, where).not.toContain(ADMIN_EMAIL);
        }
      }
    }
  }
});

test('proxy bypass attempts reach no admin data', async () => {
  const author = await apiSession('AUTHOR');
  const anonymous = await apiSession(null);
  const target = '/quan-tri/nguoi-dung';
  const paths = [
    target,
    `${target}/`,
    '/QUAN-TRI/NGUOI-DUNG',
    '/Quan-Tri/nguoi-dung',
    '/%71uan-tri/nguoi-dung',
    '/quan-tri/%6Eguoi-dung',
    '/%2571uan-tri/nguoi-dung',
    '/quan-tri//nguoi-dung',
    '/quan-tri/./nguoi-dung',
    '/x/../quan-tri/nguoi-dung',
    '/quan-tri;/nguoi-dung',
    `${target}.rsc`,
    `${target}?_rsc=1`,
    `${target}/index`,
    '/_next/data/x/quan-tri/nguoi-dung.json',
  ];
  const headerSets: Record<string, string>[] = [
    {},
    { 'x-middleware-subrequest': 'middleware:middleware:middleware:middleware:middleware' },
    { 'x-middleware-subrequest': 'proxy:proxy:proxy:proxy:proxy' },
    { 'x-middleware-subrequest': 'src/middleware:src/middleware:src/middleware:src/middleware:src/middleware' },
    { RSC: '1', 'Next-Router-Prefetch': '1' },
    { 'x-invoke-path': target, 'x-matched-path': target },
    { 'x-nextjs-data': '1' },
  ];
  for (const api of [anonymous, author]) {
    for (const path of paths) {
      for (const headers of headerSets) {
        const response = await api.get(path, { headers, maxRedirects: 5 });
        const body = await response.text();
        const where = `${path} ${JSON.stringify(headers)}`;
        expect(body, where).not.toContain(ADMIN_EMAIL);
        expect(body, where).not.toContain('Đặt lại mật khẩu');
        expect(response.status(), where).not.toBe(500);
      }
    }
  }
});

interface ManifestEntry {
  filename: string;
  exportedName: string;
  workers: Record<string, unknown>;
}

function serverFunctions(): [string, ManifestEntry][] {
  const manifest = JSON.parse(readFileSync('.next/server/server-reference-manifest.json', 'utf8')) as { node: Record<string, ManifestEntry> };
  return Object.entries(manifest.node);
}

/** The URL of a worker ('app/(site)/tin-tuc/[slug]/page' → '/tin-tuc/<uuid>'). */
function workerPath(worker: string): string | null {
  if (!worker.endsWith('/page')) return null;
  const route = worker
    .replace(/^app/, '')
    .replace(/\/page$/, '')
    .split('/')
    .filter((part) => !/^\(.*\)$/.test(part))
    .join('/');
  return concrete(route || '/') || '/';
}

function postAction(api: APIRequestContext, path: string, id: string) {
  return api.post(path, {
    headers: { 'Next-Action': id, 'Content-Type': 'text/plain;charset=UTF-8', Origin: process.env.E2E_BASE_URL ?? '', Accept: 'text/x-component' },
    data: '[]',
    maxRedirects: 0,
  });
}

test('server actions POSTed directly (no page) are refused by role and write nothing', async () => {
  test.setTimeout(180_000);
  const actions = serverFunctions().filter(([, entry]) => entry.filename.startsWith('lib/actions/') && entry.exportedName !== 'signOutAction');
  // Every action in the build is in the registry (an action no page imports is not callable at all).
  const built = actions.map(([, entry]) => `${entry.filename}#${entry.exportedName}`).sort();
  expect(built.length).toBeGreaterThan(30);
  // An action built with defineAction declares its permission where it is written; the rest are in the registry.
  const accessOf = (file: string, name: string) => SERVER_ACTION_ACCESS[`${file}#${name}`] ?? declaredAccessInSource(file, name);
  expect(built.filter((key) => accessOf(...(key.split('#') as [string, string])) === undefined)).toEqual([]);

  const author = await createStaffUser('AUTHOR');
  const editor = await createStaffUser('EDITOR');
  const callers: [Role | null, APIRequestContext][] = [
    [null, await apiSession(null)],
    ['AUTHOR', await apiSession(author)],
    ['EDITOR', await apiSession(editor)],
  ];
  for (const [id, entry] of actions) {
    const access = accessOf(entry.filename, entry.exportedName);
    const paths = [
      '/',
      ...Object.keys(entry.workers)
        .map(workerPath)
        .filter((path): path is string => path !== null),
    ];
    for (const [caller, api] of callers) {
      for (const path of new Set(paths)) {
        const response = await postAction(api, path, id);
        const where = `${entry.exportedName} at ${path} as ${caller ?? 'anonymous'}`;
        const isPermission = access !== undefined && access in PERMISSIONS;
        const allowed = access === 'public' || (caller !== null && isPermission && can(caller, access as Permission));
        expect(response.status(), where).toBeLessThan(500);
        if (!allowed) {
          // Refused by the action itself (401/403), or by the proxy before it (307 to sign-in, 403).
          const refused = [401, 403].includes(response.status()) || (response.status() === 307 && /\/dang-nhap/.test(response.headers().location ?? ''));
          // POSTed to '/', Next forwards the action to the page that owns it; when the proxy
          // refuses that page, Next answers 200 with an empty result or an error chunk.
          const body = await response.text();
          const forwardedRefusal =
            response.status() === 200 && path === '/' && (body.trim() === '{}' || /^1:E\{"digest"/m.test(body)) && !body.includes('"ok":true');
          expect(refused || forwardedRefusal, `${where}: HTTP ${response.status()}`).toBe(true);
        }
      }
    }
  }
  const prisma = createPrismaClient(e2eDatabaseUrl(), { max: 1 });
  try {
    const writes = await prisma.auditLog.findMany({ where: { actorId: { in: [author.id, editor.id] }, NOT: { action: { startsWith: 'auth.' } } } });
    expect(writes).toEqual([]);
    expect(await prisma.user.count({ where: { email: { contains: 'undefined' } } })).toBe(0);
  } finally {
    await prisma.$disconnect();
  }
});

test("'use cache' DAL functions can't be invoked by their server-reference id", async () => {
  const cached = serverFunctions().filter(([, entry]) => entry.exportedName.startsWith('$$RSC_SERVER_CACHE'));
  expect(cached.length).toBeGreaterThan(5);
  const anonymous = await apiSession(null);
  for (const [id, entry] of cached) {
    const response = await postAction(anonymous, '/', id);
    expect(response.status(), `${entry.filename} ${entry.exportedName}`).toBe(404);
  }
});

test('public routes never leak drafts, revisions, trash, users, hashes, audit entries or staff emails', async () => {
  test.setTimeout(120_000);
  const marker = `ro-ri-${randomBytes(4).toString('hex')}`;
  const prisma = createPrismaClient(e2eDatabaseUrl(), { max: 1 });
  const staff = await createStaffUser('AUTHOR');
  const email = (await prisma.user.findUniqueOrThrow({ where: { id: staff.id } })).email;
  const body = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });
  const category = await prisma.category.findFirstOrThrow({ where: { slug: 'cong-nghiep-ho-tro' } });
  const past = new Date(Date.now() - 3_600_000);
  const make = (status: 'DRAFT' | 'PENDING_REVIEW' | 'SCHEDULED' | 'PUBLISHED' | 'ARCHIVED', suffix: string, extra: Record<string, unknown> = {}) =>
    prisma.article.create({
      data: {
        title: `${marker} ${suffix}`,
        asciiTitle: `${marker} ${suffix}`,
        slug: `${marker}-${suffix}`,
        summary: `${marker} tóm tắt ${suffix}`,
        body: body(`${marker} nội dung ${suffix}`),
        bodyHtml: `<p>${marker} nội dung ${suffix}</p>`,
        bodyText: `${marker} nội dung ${suffix}`,
        status,
        authorId: staff.id,
        categoryId: category.id,
        ...extra,
      },
    });
  let published;
  try {
    await make('DRAFT', 'nhap');
    await make('PENDING_REVIEW', 'cho-duyet');
    await make('SCHEDULED', 'hen-gio', { publishedAt: new Date(Date.now() + 86_400_000) });
    await make('ARCHIVED', 'luu-tru', { publishedAt: past });
    await make('PUBLISHED', 'thung-rac', { publishedAt: past, deletedAt: new Date() });
    // A published article whose revision history holds text that was never published.
    published = await make('PUBLISHED', 'cong-khai', {
      publishedAt: past,
      slug: `bai-cong-khai-${marker.slice(-8)}`,
      asciiTitle: 'Bai cong khai',
      title: `Bài công khai ${marker.slice(-8)}`,
      bodyText: 'Nội dung đã đăng',
      bodyHtml: '<p>Nội dung đã đăng</p>',
      summary: 'Tóm tắt đã đăng',
    });
    await prisma.articleRevision.create({
      data: {
        articleId: published.id,
        editorId: staff.id,
        kind: 'AUTOSAVE',
        title: `${marker} ban-nhap-rieng`,
        body: body(`${marker} sửa chưa đăng`),
        version: 1,
      },
    });
    await prisma.auditLog.create({
      data: { actorId: staff.id, actorEmail: email, action: 'article.update', entityType: 'Article', entityId: published.id, summary: { note: marker } },
    });
  } finally {
    await prisma.$disconnect();
  }
  const forbidden = [marker, email, ADMIN_EMAIL, e2eUser('EDITOR').email, '$argon2', 'passwordHash', 'password_hash', 'sessionVersion'];
  const urls = [
    '/',
    '/tin-tuc',
    '/tin-tuc?trang=2',
    `/tin-tuc/danh-muc/${category.slug}`,
    `/tin-tuc/${published.slug}`,
    `/tin-tuc/${marker}-nhap`,
    `/tin-tuc/${marker}-cho-duyet`,
    `/tin-tuc/${marker}-hen-gio`,
    `/tin-tuc/${marker}-luu-tru`,
    `/tin-tuc/${marker}-thung-rac`,
    `/${marker}-nhap`,
    // The hex part only: the page repeats the query itself, which is not a leak.
    `/tim-kiem?q=${marker.slice(-8)}`,
    `/tim-kiem?q=${encodeURIComponent('nội dung')}`,
    '/rss.xml',
    '/sitemap.xml',
    '/robots.txt',
    '/thu-vien-video',
    '/ban-do-hanh-chinh',
    '/gioi-thieu',
    `/khong-co-trang-nay-${marker}`,
    '/api/auth/session',
    '/api/auth/providers',
  ];
  const variants: Record<string, string>[] = [
    {},
    { RSC: '1' },
    { RSC: '1', 'Next-Router-Prefetch': '1' },
    { RSC: '1', 'Next-Router-Segment-Prefetch': '/_tree' },
  ];
  const anonymous = await apiSession(null);
  for (const url of urls) {
    for (const headers of variants) {
      for (const suffix of ['', url.includes('?') ? '&_rsc=x1' : '?_rsc=x1']) {
        const response = await anonymous.get(url + suffix, { headers });
        const text = await response.text();
        for (const secret of forbidden) expect(text, `${url}${suffix} ${JSON.stringify(headers)} leaks ${secret}`).not.toContain(secret);
      }
    }
  }
});
