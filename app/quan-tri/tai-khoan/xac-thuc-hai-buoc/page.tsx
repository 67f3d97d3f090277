import type { Metadata } from 'next';
import { connection } from 'next/server';
import { ConfirmTwoFactorForm, DisableTwoFactorForm, StartTwoFactorForm } from '@/components/admin/account/two-factor-forms';
import { requireAdminPage } from '@/lib/auth/current-user';
import { qrSvg, totpUri } from '@/lib/auth/two-factor';
import { twoFactorStatus } from '@/lib/data/staff/two-factor';
import { formatDateTime } from '@/lib/format/date';

export const metadata: Metadata = { title: 'Xác thực hai bước', robots: { index: false } };

/** Groups of four, as authenticator apps show a typed key. */
function spaced(secret: string): string {
  return secret.replace(/(.{4})/g, '$1 ').trim();
}

export default async function TwoFactorPage() {
  await connection();
  const user = await requireAdminPage('/quan-tri/tai-khoan/xac-thuc-hai-buoc');
  const status = await twoFactorStatus(user);
  const qr = status.pendingSecret ? await qrSvg(totpUri(status.pendingSecret, user.email)) : '';
  return (
    <div className="max-w-xl space-y-6">
      <h1 className="text-2xl font-bold">Xác thực hai bước</h1>
      {status.required && !status.enabled ? (
        <p role="alert" className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          Vai trò của bạn bắt buộc dùng xác thực hai bước. Hãy bật ngay để tiếp tục làm việc trong trang quản trị.
        </p>
      ) : null}
      {status.enabled ? (
        <section className="space-y-3 rounded border border-slate-200 bg-white p-4">
          <p data-testid="two-factor-status">
            Đã bật từ {status.enabledAt ? formatDateTime(status.enabledAt) : ''}. Còn {status.unusedRecoveryCodes} mã khôi phục chưa dùng.
          </p>
          {status.required ? (
            <p className="text-sm text-slate-700">Vai trò của bạn bắt buộc dùng xác thực hai bước. Khi mất điện thoại, hãy nhờ quản trị viên gỡ để bật lại.</p>
          ) : (
            <DisableTwoFactorForm />
          )}
        </section>
      ) : status.pendingSecret ? (
        <section className="space-y-4 rounded border border-slate-200 bg-white p-4">
          <ol className="list-decimal space-y-2 pl-5 text-sm">
            <li>Mở ứng dụng xác thực trên điện thoại (Google Authenticator, Microsoft Authenticator, FreeOTP…).</li>
            <li>Quét mã QR dưới đây, hoặc nhập khóa bí mật bằng tay.</li>
            <li>Nhập mã 6 chữ số ứng dụng hiện ra để xác nhận.</li>
          </ol>
          <div
            role="img"
            aria-label="Mã QR để thêm tài khoản vào ứng dụng xác thực"
            className="h-56 w-56 border border-slate-200"
            dangerouslySetInnerHTML={{ __html: qr }}
          />
          <p className="text-sm">
            Khóa bí mật:{' '}
            <code className="font-mono text-base" data-testid="totp-secret" data-secret={status.pendingSecret}>
              {spaced(status.pendingSecret)}
            </code>
          </p>
          <ConfirmTwoFactorForm />
          <StartTwoFactorForm restart />
        </section>
      ) : (
        <section className="space-y-3 rounded border border-slate-200 bg-white p-4">
          <p className="text-sm">
            Khi bật, mỗi lần đăng nhập bạn nhập thêm mã 6 chữ số từ ứng dụng xác thực trên điện thoại. Kẻ biết mật khẩu của bạn vẫn không vào được.
          </p>
          <StartTwoFactorForm />
        </section>
      )}
    </div>
  );
}
