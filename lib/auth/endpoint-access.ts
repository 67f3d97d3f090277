import type { Permission } from './permissions';

// Who may call each server action and route handler: the registry's permission each one checks
// first (requirePermission / can), or why it has none. The access-control test
// (test/security/access-matrix.test.ts) enumerates every exported action of every 'use server'
// file and every route handler in the tree and fails when one is missing here, then calls each
// as anonymous, AUTHOR, EDITOR and ADMIN against this table.

/**
 * - a Permission: the roles holding it may call; anyone else gets 401 (anonymous) or 403
 * - 'public': anyone (public reads, next-auth's own endpoints)
 * - 'own-session': anyone; it only ever acts on the caller's own session (sign-out)
 * - 'scheduler-token': only the in-process scheduler, proven by a token derived from the auth secret
 * - 'cache-token': only holders of the cache-invalidation token (lib/cache/invalidation-token.ts)
 * - 'always-403': answers 403 to everyone (the proxy's static "no permission" page)
 */
export type EndpointAccess = Permission | 'public' | 'own-session' | 'scheduler-token' | 'cache-token' | 'always-403';

/** `path#exportName` of every server action that cannot declare its permission with defineAction (lib/actions/define-action.ts). */
export const SERVER_ACTION_ACCESS: Readonly<Record<string, EndpointAccess>> = {
  // saveArticleAction needs more for some inputs (publish/schedule intents, an existing id);
  // the test covers those variants separately.
  'lib/actions/articles.ts#saveArticleAction': 'article.create',

  // A form action with no input whose answer is a redirect; it only ever ends the caller's own session.
  'lib/actions/auth.ts#signOutAction': 'own-session',
};

/** `path#METHOD` of every route handler (route.ts) and metadata route (sitemap.ts, robots.ts). */
export const ROUTE_HANDLER_ACCESS: Readonly<Record<string, EndpointAccess>> = {
  'app/api/auth/[...nextauth]/route.ts#GET': 'public',
  'app/api/auth/[...nextauth]/route.ts#POST': 'public',
  // Up/down for load balancers: no data, no versions.
  'app/api/health/route.ts#GET': 'public',
  'app/api/lich-dang-bai/route.ts#POST': 'scheduler-token',
  // The mail worker's tick (lib/data/mail-queue.ts), from the same in-process scheduler.
  'app/api/hang-doi-thu/route.ts#POST': 'scheduler-token',
  'app/api/cache/invalidate/route.ts#POST': 'cache-token',
  // "Lưu": a published article as one HTML file (published articles only, via the public DAL).
  'app/(site)/tin-tuc/[slug]/luu/route.ts#GET': 'public',
  'app/api/media/upload/route.ts#POST': 'media.upload',
  'app/media/[...key]/route.ts#GET': 'public',
  'app/media/[...key]/route.ts#HEAD': 'public',
  'app/rss.xml/route.ts#GET': 'public',
  // Issue 16: the rating widget's vote (anyone; deduplicated and flood-limited) and the report's CSV.
  'app/api/danh-gia/route.ts#POST': 'public',
  'app/quan-tri/danh-gia/csv/route.ts#GET': 'feedback.view',
  // Page-view beacon (anyone; robots not counted) and the footer's public figures.
  'app/api/luot-xem/route.ts#POST': 'public',
  'app/api/luot-xem/route.ts#GET': 'public',
  'app/quan-tri/thong-ke/csv/route.ts#GET': 'stats.view',
  // The default share-preview image (no data).
  'app/anh-chia-se.png/route.ts#GET': 'public',

  // Public disclosure feeds, one per kind (published items only, via the public DAL).
  'app/(site)/cong-khai/rss/[loai]/route.ts#GET': 'public',
  // Issue 18: each tag's feed (public articles only, via the public DAL).
  'app/(site)/tin-tuc/the/[slug]/rss.xml/route.ts#GET': 'public',
  // The static 403 page the proxy serves in place of forbidden admin pages (no data).
  'app/quan-tri-khong-co-quyen/route.ts#GET': 'always-403',
  'app/quan-tri-khong-co-quyen/route.ts#HEAD': 'always-403',
  'app/quan-tri-khong-co-quyen/route.ts#POST': 'always-403',
  'app/quan-tri-khong-co-quyen/route.ts#PUT': 'always-403',
  'app/quan-tri-khong-co-quyen/route.ts#PATCH': 'always-403',
  'app/quan-tri-khong-co-quyen/route.ts#DELETE': 'always-403',
  'app/sitemap.ts#default': 'public',
  'app/robots.ts#default': 'public',
};
