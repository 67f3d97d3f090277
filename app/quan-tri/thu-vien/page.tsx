import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { MediaCard, type MediaCardData } from '@/components/admin/media-card';
import { MediaLibraryUploader } from '@/components/admin/media-library-uploader';
import { requireAdminPage } from '@/lib/auth/current-user';
import { listMedia, mediaUsage, type MediaUsage } from '@/lib/data/staff/media';
import { formatDateTime } from '@/lib/format/date';

export const metadata: Metadata = { title: 'Thư viện media' };

const USAGE_LABELS: Record<MediaUsage['kind'], string> = {
  articleCover: 'Ảnh đại diện tin',
  articleBody: 'Nội dung tin',
  page: 'Trang tĩnh',
  videoFile: 'Tệp video',
  videoThumbnail: 'Ảnh đại diện video',
  mapDocument: 'Bản đồ hành chính',
  legalDocument: 'Văn bản pháp quy',
  cluster: 'Cụm công nghiệp',
  project: 'Kế hoạch, dự án',
  procedure: 'Thủ tục hành chính',
  disclosure: 'Công khai thông tin',
  official: 'Ảnh cán bộ, lãnh đạo',
  photoAlbum: 'Thư viện ảnh',
};

function pageHref(q: string, page: number): string {
  const params = new URLSearchParams();
  if (q) params.set('q', q);
  if (page > 1) params.set('trang', String(page));
  const query = params.toString();
  return `/quan-tri/thu-vien${query ? `?${query}` : ''}`;
}

export default async function MediaLibraryPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await connection();
  await requireAdminPage('/quan-tri/thu-vien');
  const params = await searchParams;
  const q = typeof params.q === 'string' ? params.q.trim().slice(0, 200) : '';
  const requestedPage = typeof params.trang === 'string' ? Number.parseInt(params.trang, 10) : 1;
  const result = await listMedia({ q, page: Number.isFinite(requestedPage) ? requestedPage : 1 });
  const usage = await mediaUsage(result.items.map((item) => item.id));

  const cards: MediaCardData[] = result.items.map((item) => ({
    id: item.id,
    url: item.url,
    thumbnailUrl: item.thumbnailUrl,
    originalName: item.originalName,
    mimeType: item.mimeType,
    byteSize: item.byteSize,
    width: item.width,
    height: item.height,
    altText: item.altText,
    uploaderName: item.uploaderName,
    createdAtLabel: formatDateTime(item.createdAt),
    usage: (usage.get(item.id) ?? []).map((use, index) => ({
      key: `${use.kind}-${use.id}-${index}`,
      label: USAGE_LABELS[use.kind],
      title: use.title,
      href: use.href,
    })),
  }));

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Thư viện media</h1>
      <MediaLibraryUploader />

      <form role="search" method="get" action="/quan-tri/thu-vien" className="flex flex-wrap items-end gap-2">
        <div className="flex-1">
          <label htmlFor="media-search" className="block text-sm font-semibold">
            Tìm tệp
          </label>
          <input
            id="media-search"
            type="search"
            name="q"
            defaultValue={q}
            placeholder="Tên tệp hoặc mô tả ảnh"
            className="mt-1 w-full rounded border border-slate-300 px-3 py-2"
          />
        </div>
        <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          Tìm
        </button>
      </form>

      <p className="text-sm text-slate-600" aria-live="polite">
        {result.total === 0
          ? q
            ? `Không có tệp nào khớp “${q}”.`
            : 'Thư viện chưa có tệp nào.'
          : `${result.total} tệp · trang ${result.page}/${result.pageCount}`}
      </p>

      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3 xl:grid-cols-4">
        {cards.map((card) => (
          <MediaCard key={card.id} media={card} />
        ))}
      </ul>

      {result.pageCount > 1 ? (
        <nav aria-label="Phân trang" className="flex items-center justify-between">
          {result.page > 1 ? (
            <Link href={pageHref(q, result.page - 1)} className="rounded border border-slate-300 bg-white px-3 py-1.5" rel="prev">
              ← Trang trước
            </Link>
          ) : (
            <span />
          )}
          <span className="text-sm">
            Trang {result.page}/{result.pageCount}
          </span>
          {result.page < result.pageCount ? (
            <Link href={pageHref(q, result.page + 1)} className="rounded border border-slate-300 bg-white px-3 py-1.5" rel="next">
              Trang sau →
            </Link>
          ) : (
            <span />
          )}
        </nav>
      ) : null}
    </div>
  );
}
