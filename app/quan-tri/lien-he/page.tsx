import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { RowAction } from '@/components/admin/decree/row-action';
import { setContactMessageHandledAction } from '@/lib/actions/contact';
import { requireAdminPage } from '@/lib/auth/current-user';
import { listContactMessages } from '@/lib/data/contact-messages';
import { formatDateTime } from '@/lib/format/date';

export const metadata: Metadata = { title: 'Hộp thư liên hệ' };

/** Messages from the public contact form: unhandled first; staff mark them handled. Nothing is emailed. */
export default async function ContactInboxPage({ searchParams }: { searchParams: Promise<{ loc?: string }> }) {
  await connection();
  await requireAdminPage('/quan-tri/lien-he');
  const filter = (await searchParams).loc === 'chua-xu-ly' ? 'open' : 'all';
  const messages = await listContactMessages(filter);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Hộp thư liên hệ</h1>
      <nav aria-label="Lọc tin nhắn" className="flex gap-3 text-sm">
        <Link href="/quan-tri/lien-he" aria-current={filter === 'all' ? 'page' : undefined} className="underline aria-[current=page]:font-bold">
          Tất cả
        </Link>
        <Link href="/quan-tri/lien-he?loc=chua-xu-ly" aria-current={filter === 'open' ? 'page' : undefined} className="underline aria-[current=page]:font-bold">
          Chưa xử lý
        </Link>
      </nav>
      {messages.length === 0 ? (
        <p>Không có tin nhắn.</p>
      ) : (
        <ul className="space-y-3">
          {messages.map((message) => (
            <li key={message.id} className={`rounded border bg-white p-4 ${message.handledAt ? 'border-slate-200' : 'border-amber-400'}`}>
              <article aria-labelledby={`tin-${message.id}`}>
                <h2 id={`tin-${message.id}`} className="font-bold">
                  {message.subject}
                </h2>
                <p className="text-sm text-slate-600">
                  {message.name} ·{' '}
                  <a href={`mailto:${message.email}`} className="underline">
                    {message.email}
                  </a>{' '}
                  · {formatDateTime(message.createdAt)}
                </p>
                <p className="mt-2 whitespace-pre-line">{message.message}</p>
                <div className="mt-3 flex items-center gap-3 text-sm">
                  {message.handledAt ? (
                    <>
                      <span>
                        Đã xử lý {formatDateTime(message.handledAt)}
                        {message.handledBy ? ` bởi ${message.handledBy.name}` : ''}
                      </span>
                      <RowAction action={setContactMessageHandledAction} fields={{ id: message.id, handled: 'false' }} label="Chuyển về chưa xử lý" />
                    </>
                  ) : (
                    <RowAction action={setContactMessageHandledAction} fields={{ id: message.id, handled: 'true' }} label="Đánh dấu đã xử lý" />
                  )}
                </div>
              </article>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
