// What proxy.ts serves, with status 403, in place of an admin page (or a server action POSTed
// to one) the user's role may not open. A route handler because a proxy rewrite can't set the
// status of a rendered page (Next answers 200); plain HTML, no data, same words as app/forbidden.tsx.

const PAGE = `<!doctype html>
<html lang="vi">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex, nofollow"><title>Không có quyền truy cập | Quản trị</title></head>
<body>
<main id="noi-dung">
<p>Lỗi 403</p>
<h1>Bạn không có quyền truy cập trang này</h1>
<p>Tài khoản của bạn không được phép thực hiện thao tác này. Nếu cần, hãy liên hệ quản trị viên.</p>
<p><a href="/quan-tri">Về trang quản trị</a> · <a href="/">Về trang chủ</a></p>
</main>
</body>
</html>
`;

function forbidden(): Response {
  return new Response(PAGE, {
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
