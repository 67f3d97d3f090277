import type { Metadata } from 'next';
import { connection } from 'next/server';
import { HomeBlocksEditor } from '@/components/admin/home-page/home-blocks-editor';
import { NoticesManager } from '@/components/admin/home-page/notices-manager';
import { PinnedManager } from '@/components/admin/home-page/pinned-manager';
import { requireAdminPage } from '@/lib/auth/current-user';
import { formatVietnamDateTime } from '@/lib/citizens/vietnam-time';
import { listCategories } from '@/lib/data/staff/categories';
import { listFeatured, listHomeBlocks, listNotices, pinCandidates } from '@/lib/data/staff/newsroom-home';
import { STATUS_LABELS } from '@/lib/validation/article';

export const metadata: Metadata = { title: 'Trang chủ', robots: { index: false } };

function noticeState(startsAt: Date, endsAt: Date | null, now: Date): string {
  if (endsAt && endsAt <= now) return 'Đã hết hạn';
  return startsAt > now ? 'Chưa đến ngày hiện' : 'Đang hiện';
}

// Issue 18: the editor-set parts of the home page.
export default async function HomePageSettings() {
  await connection();
  await requireAdminPage('/quan-tri/trang-chu');
  const [featured, candidates, notices, blocks, categories] = await Promise.all([
    listFeatured(),
    pinCandidates('', 300),
    listNotices(),
    listHomeBlocks(),
    listCategories(),
  ]);
  const now = new Date();
  return (
    <div className="space-y-10">
      <header>
        <h1 className="text-2xl font-bold">Trang chủ</h1>
        <p className="mt-1 text-slate-600">Tin nổi bật, thông báo và các khối chuyên mục của trang chủ.</p>
      </header>
      <section aria-labelledby="quan-ly-tin-noi-bat" className="space-y-3">
        <h2 id="quan-ly-tin-noi-bat" className="text-xl font-bold">
          Tin nổi bật
        </h2>
        <PinnedManager
          candidates={candidates}
          items={featured.map((row) => ({
            id: row.id,
            name: row.name,
            articleId: row.articleId,
            slug: row.slug,
            statusLabel: row.status === 'TRASHED' ? 'Trong thùng rác' : (STATUS_LABELS[row.status as keyof typeof STATUS_LABELS] ?? ''),
            endsAt: row.endsAt ? formatVietnamDateTime(row.endsAt) : '',
          }))}
        />
      </section>
      <section aria-labelledby="quan-ly-thong-bao" className="space-y-3">
        <h2 id="quan-ly-thong-bao" className="text-xl font-bold">
          Thông báo
        </h2>
        <NoticesManager
          notices={notices.map((notice) => ({
            id: notice.id,
            text: notice.text,
            url: notice.url,
            startsAt: formatVietnamDateTime(notice.startsAt),
            endsAt: notice.endsAt ? formatVietnamDateTime(notice.endsAt) : '',
            state: noticeState(notice.startsAt, notice.endsAt, now),
          }))}
        />
      </section>
      <section aria-labelledby="quan-ly-khoi" className="space-y-3">
        <h2 id="quan-ly-khoi" className="text-xl font-bold">
          Các khối chuyên mục
        </h2>
        <HomeBlocksEditor initial={blocks} categories={categories.map(({ id, name }) => ({ id, name }))} />
      </section>
    </div>
  );
}
