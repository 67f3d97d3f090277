import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { cache } from 'react';
import { ArticleDate } from '@/components/site/article-date';
import { ClusterMap } from '@/components/site/cluster-map';
import { mediaUrl } from '@/lib/media/urls';
import { PrintActions } from '@/components/site/print-actions';
import { RichContent } from '@/components/site/rich-content';
import { absoluteUrl, pageMetadata } from '@/components/site/seo';
import { SiteImage } from '@/components/site/site-image';
import { publishedClusterBySlug } from '@/lib/data/clusters';
import { CLUSTER_STATUS_LABELS, formatNumber } from '@/lib/decree/clusters';
import { communeLabel } from '@/lib/decree/communes';

interface Props {
  params: Promise<{ slug: string }>;
}

const clusterFor = cache(async (slug: string) => {
  await connection();
  return publishedClusterBySlug(slug);
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const cluster = await clusterFor((await params).slug);
  if (!cluster) return { title: 'Không tìm thấy trang', robots: { index: false } };
  const photo = cluster.photos[0];
  return pageMetadata({
    title: cluster.name,
    description:
      cluster.descriptionText.slice(0, 200) ||
      `${cluster.name}${cluster.place ? `, ${communeLabel(cluster.place)}` : ''}: ${formatNumber(cluster.plannedAreaHa, 2)} ha, lấp đầy ${formatNumber(cluster.occupancy)}%.`,
    path: `/cum-cong-nghiep/${cluster.slug}`,
    image: photo ? { url: mediaUrl(photo.storageKey), width: photo.width, height: photo.height, alt: photo.altText } : null,
    type: 'article',
    modifiedTime: cluster.updatedAt,
  });
}

function Fact({ label, value }: { label: string; value: string }) {
  if (!value) return null;
  return (
    <div className="border-b border-slate-100 py-2 sm:grid sm:grid-cols-[12rem_1fr] sm:gap-4">
      <dt className="font-semibold text-slate-700">{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}

export default async function ClusterPage({ params }: Props) {
  const cluster = await clusterFor((await params).slug);
  if (!cluster) notFound();
  const price =
    cluster.landPriceMin !== null || cluster.landPriceMax !== null
      ? `${[...new Set([cluster.landPriceMin, cluster.landPriceMax].filter((value): value is number => value !== null).map((value) => formatNumber(value, 0)))].join(' – ')} đồng/m²`
      : '';
  return (
    <article className="article-print">
      <nav aria-label="Đường dẫn" className="no-print mb-3 text-sm text-slate-600">
        <Link href="/cum-cong-nghiep" className="hover:underline">
          Cụm công nghiệp
        </Link>{' '}
        › {cluster.name}
      </nav>
      <h1 className="text-2xl font-bold text-slate-900 sm:text-3xl">{cluster.name}</h1>
      <p className="mt-2 text-slate-700">
        {cluster.place ? communeLabel(cluster.place) : 'Chưa cập nhật địa bàn'} · {CLUSTER_STATUS_LABELS[cluster.status]}
      </p>
      <PrintActions url={absoluteUrl(`/cum-cong-nghiep/${cluster.slug}`)} />
      <div className="mt-5 grid gap-3 sm:grid-cols-3">
        {[
          ['Diện tích quy hoạch', `${formatNumber(cluster.plannedAreaHa, 2)} ha`],
          ['Đã cho thuê', `${formatNumber(cluster.leasedAreaHa, 2)} ha`],
          ['Tỷ lệ lấp đầy', `${formatNumber(cluster.occupancy)}%`],
        ].map(([label, value]) => (
          <div key={label} className="rounded border border-slate-200 bg-white p-3">
            <p className="text-sm text-slate-600">{label}</p>
            <p className="text-xl font-bold text-brand-800">{value}</p>
          </div>
        ))}
      </div>
      <dl className="mt-5 rounded border border-slate-200 bg-white px-4">
        <Fact label="Cấp điện" value={cluster.power} />
        <Fact label="Cấp nước" value={cluster.water} />
        <Fact label="Xử lý nước thải" value={cluster.wastewater} />
        <Fact label="Giao thông" value={cluster.roads} />
        <Fact label="Ngành nghề thu hút" value={cluster.industries} />
        <Fact label="Chủ đầu tư hạ tầng" value={cluster.developer} />
        <Fact label="Giá thuê đất" value={price} />
        <Fact label="Liên hệ" value={cluster.contact} />
      </dl>
      {cluster.photos.length > 0 && (
        <section aria-label="Hình ảnh" className="mt-6 grid gap-3 sm:grid-cols-2">
          {cluster.photos.map((photo, index) => (
            <SiteImage key={photo.id} media={photo} priority={index === 0} sizes="(min-width: 1024px) 24rem, 100vw" className="h-auto w-full rounded" />
          ))}
        </section>
      )}
      {cluster.descriptionHtml && (
        <div className="mt-6">
          <RichContent html={cluster.descriptionHtml} />
        </div>
      )}
      {cluster.latitude !== null && cluster.longitude !== null && (
        <section aria-labelledby="vi-tri" className="no-print mt-8">
          <h2 id="vi-tri" className="mb-2 text-lg font-bold text-brand-800">
            Vị trí
          </h2>
          <div className="max-w-md">
            <ClusterMap clusters={[cluster]} />
          </div>
        </section>
      )}
      <section aria-labelledby="tin-lien-quan" className="mt-8">
        <h2 id="tin-lien-quan" className="mb-3 border-b-2 border-brand-700 pb-2 text-lg font-bold uppercase text-brand-800">
          Tin liên quan
        </h2>
        {cluster.news.length > 0 ? (
          <ul className="space-y-2">
            {cluster.news.map((article) => (
              <li key={article.id}>
                <Link href={`/tin-tuc/${article.slug}`} className="font-semibold text-brand-700 hover:underline">
                  {article.title}
                </Link>
                {article.publishedAt && (
                  <span className="ml-2 text-sm text-slate-600">
                    <ArticleDate date={article.publishedAt} />
                  </span>
                )}
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-slate-600">Chưa có tin liên quan.</p>
        )}
      </section>
    </article>
  );
}
