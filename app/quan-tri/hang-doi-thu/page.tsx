import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { RowAction } from '@/components/admin/decree/row-action';
import { Pagination } from '@/components/ui/pagination';
import { retryMailAction, sendTestMailAction } from '@/lib/actions/mail-queue';
import { requireAdminPage } from '@/lib/auth/current-user';
import { listMailMessages } from '@/lib/data/mail-queue';
import { formatDateTime } from '@/lib/format/date';
import type { MailStatus } from '@/lib/generated/prisma/client';
import { mailConfigured } from '@/lib/mail/transport';

export const metadata: Metadata = { title: 'Hàng đợi thư', robots: { index: false } };

const STATUS_LABELS: Record<MailStatus, string> = {
  QUEUED: 'Đang chờ gửi',
  SENT: 'Đã gửi',
  FAILED: 'Gửi thất bại',
  NOT_CONFIGURED: 'Chưa cấu hình máy chủ thư',
};
const STATUS_SLUGS: Record<string, MailStatus> = { 'dang-cho': 'QUEUED', 'da-gui': 'SENT', 'that-bai': 'FAILED', 'chua-cau-hinh': 'NOT_CONFIGURED' };
const STATUS_STYLES: Record<MailStatus, string> = {
  QUEUED: 'bg-sky-100 text-sky-900',
  SENT: 'bg-emerald-100 text-emerald-900',
  FAILED: 'bg-red-100 text-red-900',
  NOT_CONFIGURED: 'bg-amber-100 text-amber-900',
};

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The outbound mail queue: what was sent, what failed (with the server's reply) and "Gửi lại". */
export default async function MailQueuePage({ searchParams }: { searchParams: SearchParams }) {
  await connection();
  await requireAdminPage('/quan-tri/hang-doi-thu');
  const raw = await searchParams;
  const slug = typeof raw.loc === 'string' ? raw.loc : '';
  const status = STATUS_SLUGS[slug];
  const pageNumber = typeof raw.page === 'string' && /^\d{1,6}$/.test(raw.page) ? Math.max(1, Number(raw.page)) : 1;
  const { rows, total, pageCount, counts } = await listMailMessages(pageNumber, status);
  const configured = mailConfigured();
  const filterHref = (value: string) => (value ? `/quan-tri/hang-doi-thu?loc=${value}` : '/quan-tri/hang-doi-thu');

  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Hàng đợi thư</h1>
      <p className={configured ? 'text-sm text-slate-700' : 'rounded border border-amber-400 bg-amber-50 p-3 text-sm'}>
        {configured
          ? 'Thư được gửi tự động trong ít giây; khi máy chủ thư tạm thời từ chối hoặc không trả lời, hệ thống thử lại với khoảng chờ tăng dần.'
          : 'Chưa cấu hình máy chủ thư. Thư được giữ lại dưới đây để quản trị viên đọc; sau khi người vận hành cấu hình máy chủ thư, bấm “Gửi lại” để gửi.'}
      </p>
      <div className="flex flex-wrap items-center gap-3">
        <RowAction action={sendTestMailAction} fields={{}} label="Gửi thư thử cho tôi" />
      </div>
      <nav aria-label="Lọc theo trạng thái" className="flex flex-wrap gap-3 text-sm">
        <Link href={filterHref('')} aria-current={!status ? 'page' : undefined} className="underline aria-[current=page]:font-bold">
          Tất cả
        </Link>
        {Object.entries(STATUS_SLUGS).map(([value, key]) => (
          <Link key={value} href={filterHref(value)} aria-current={status === key ? 'page' : undefined} className="underline aria-[current=page]:font-bold">
            {STATUS_LABELS[key]} ({counts[key]})
          </Link>
        ))}
      </nav>
      <p className="text-sm text-slate-600">{total} thư</p>
      {rows.length === 0 ? (
        <p>Không có thư.</p>
      ) : (
        <ul className="space-y-3">
          {rows.map((mail) => (
            <li key={mail.id} className="rounded border border-slate-200 bg-white p-4">
              <article aria-labelledby={`thu-${mail.id}`}>
                <div className="flex flex-wrap items-baseline justify-between gap-2">
                  <h2 id={`thu-${mail.id}`} className="font-bold">
                    {mail.subject}
                  </h2>
                  <span className={`rounded px-2 py-0.5 text-sm font-semibold ${STATUS_STYLES[mail.status]}`}>{STATUS_LABELS[mail.status]}</span>
                </div>
                <p className="text-sm text-slate-600">
                  Tới {mail.to} · tạo lúc {formatDateTime(mail.createdAt)} · {mail.attempts} lần thử
                  {mail.sentAt ? ` · gửi lúc ${formatDateTime(mail.sentAt)}` : ''}
                  {mail.status === 'QUEUED' && mail.attempts > 0 ? ` · thử lại lúc ${formatDateTime(mail.nextAttemptAt)}` : ''}
                </p>
                {mail.lastReply ? (
                  <p className="mt-1 text-sm">
                    Phản hồi của máy chủ thư: <code className="break-all">{mail.lastReply}</code>
                  </p>
                ) : null}
                <details className="mt-2 text-sm">
                  <summary className="cursor-pointer">Xem nội dung thư</summary>
                  <pre className="mt-2 whitespace-pre-wrap break-words font-sans">{mail.text}</pre>
                </details>
                {mail.status !== 'SENT' ? (
                  <div className="mt-3">
                    <RowAction action={retryMailAction} fields={{ id: mail.id }} label="Gửi lại" />
                  </div>
                ) : null}
              </article>
            </li>
          ))}
        </ul>
      )}
      <Pagination
        page={pageNumber}
        pageCount={pageCount}
        href={(page) => `/quan-tri/hang-doi-thu?${new URLSearchParams([...(slug && status ? [['loc', slug]] : []), ['page', String(page)]])}`}
      />
    </div>
  );
}
