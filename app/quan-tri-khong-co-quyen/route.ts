import { connection } from 'next/server';
import { ADMIN_SECTIONS } from '@/lib/auth/admin-pages';
import { getCurrentUser } from '@/lib/auth/current-user';
import { can } from '@/lib/auth/permissions';

// What proxy.ts serves, with status 403, in place of an admin page the user's role may not open.
// A route handler because a proxy rewrite can't set the status of a rendered page (Next answers
// 200). Plain HTML with the same words as app/forbidden.tsx and the sections this user may open.

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

async function forbidden(): Promise<Response> {
  await connection();
  const user = await getCurrentUser().catch(() => null);
  const sections = user ? ADMIN_SECTIONS.filter((section) => can(user.role, section.permission)) : [];
  const nav = sections.length
    ? `<nav aria-label="Quản trị"><ul>${sections.map((section) => `<li><a href="${escapeHtml(section.href)}">${escapeHtml(section.label)}</a></li>`).join('')}</ul></nav>`
    : '';
  const page = `<!doctype html>
<html lang="vi">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex, nofollow"><title>Không có quyền truy cập | Quản trị</title></head>
<body>
${nav}
<main id="noi-dung">
<p>Lỗi 403</p>
<h1>Bạn không có quyền truy cập trang này</h1>
<p>Tài khoản của bạn không được phép thực hiện thao tác này. Nếu cần, hãy liên hệ quản trị viên.</p>
<p><a href="/quan-tri">Về trang quản trị</a> · <a href="/">Về trang chủ</a></p>
</main>
</body>
</html>
`;
  return new Response(page, {
    status: 403,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'private, no-store', 'X-Content-Type-Options': 'nosniff' },
  });
}

export const GET = forbidden;
export const HEAD = forbidden;
export const POST = forbidden;
export const PUT = forbidden;
export const PATCH = forbidden;
export const DELETE = forbidden;
