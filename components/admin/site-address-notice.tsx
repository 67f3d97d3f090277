import { headers } from 'next/headers';
import { configuredSiteAddressMismatch } from '@/lib/http/request-origin';

// Shown in the admin when the configured public address (SITE_URL) is not the address the admin
// was opened by: saving still works (lib/http/request-origin.ts accepts both), but links in
// feeds, sitemaps and shared articles use the configured one, so a wrong value must be visible.
export async function SiteAddressNotice() {
  const configured = configuredSiteAddressMismatch(await headers());
  if (!configured) return null;
  return (
    <p role="status" data-testid="site-address-notice" className="border-b border-amber-300 bg-amber-50 px-4 py-2 text-sm text-amber-900">
      Bạn đang mở trang quản trị bằng một địa chỉ khác với địa chỉ công khai đã cấu hình cho cổng thông tin: <strong>{configured}</strong>. Soạn và lưu bài vẫn
      hoạt động bình thường, nhưng đường dẫn trong RSS, sơ đồ trang và khi chia sẻ bài sẽ dùng địa chỉ đã cấu hình. Nếu địa chỉ đó sai, hãy báo người quản trị
      máy chủ sửa lại.
    </p>
  );
}
