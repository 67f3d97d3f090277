import { formatVietnamDateTime } from '@/lib/citizens/vietnam-time';
import { upcomingNotices } from '@/lib/data/maintenance';

/** Thông báo tạm ngừng: shown on every public page from the notice's publish date until its end. */
export async function MaintenanceBanner() {
  const now = new Date().getTime();
  const notices = (await upcomingNotices()).filter((notice) => notice.publishAt.getTime() <= now && notice.endsAt.getTime() > now);
  if (notices.length === 0) return null;
  return (
    <div role="region" aria-label="Thông báo tạm ngừng hoạt động" className="border-b-2 border-amber-500 bg-amber-50 text-amber-950">
      {notices.map((notice) => (
        <p key={notice.id} className="mx-auto max-w-6xl px-4 py-2 text-sm">
          <strong>Thông báo tạm ngừng hoạt động</strong> từ {formatVietnamDateTime(notice.startsAt)} đến {formatVietnamDateTime(notice.endsAt)}:{' '}
          {notice.message}
        </p>
      ))}
    </div>
  );
}
