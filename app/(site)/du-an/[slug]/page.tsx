import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { cache } from 'react';
import { AttachmentLinks } from '@/components/site/attachment-links';
import { PrintActions } from '@/components/site/print-actions';
import { absoluteUrl, pageMetadata } from '@/components/site/seo';
import { publishedProjectBySlug } from '@/lib/data/projects';
import { formatNumber } from '@/lib/decree/clusters';
import { PROJECT_KIND_LABELS, PROJECT_STATUS_LABELS, projectPeriod } from '@/lib/decree/projects';
import { communeLabel } from '@/lib/decree/communes';

interface Props {
  params: Promise<{ slug: string }>;
}

const projectFor = cache(async (slug: string) => {
  await connection();
  return publishedProjectBySlug(slug);
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const project = await projectFor((await params).slug);
  if (!project) return { title: 'Không tìm thấy trang', robots: { index: false } };
  return pageMetadata({
    title: project.title,
    description: project.summary.slice(0, 200),
    path: `/du-an/${project.slug}`,
    type: 'article',
    modifiedTime: project.updatedAt,
  });
}

export default async function ProjectPage({ params }: Props) {
  const project = await projectFor((await params).slug);
  if (!project) notFound();
  return (
    <article className="article-print">
      <nav aria-label="Đường dẫn" className="no-print mb-3 text-sm text-slate-600">
        <Link href="/du-an" className="hover:underline">
          Chiến lược, kế hoạch, dự án
        </Link>
      </nav>
      <h1 className="text-2xl font-bold text-slate-900">{project.title}</h1>
      <PrintActions url={absoluteUrl(`/du-an/${project.slug}`)} />
      <dl className="mt-4 grid gap-x-4 gap-y-1 rounded border border-slate-200 bg-white p-4 sm:grid-cols-[10rem_1fr]">
        <dt className="font-semibold">Loại</dt>
        <dd>{PROJECT_KIND_LABELS[project.kind]}</dd>
        <dt className="font-semibold">Thời gian</dt>
        <dd>{projectPeriod(project)}</dd>
        <dt className="font-semibold">Tình trạng</dt>
        <dd>{PROJECT_STATUS_LABELS[project.status]}</dd>
        {project.place && (
          <>
            <dt className="font-semibold">Địa bàn</dt>
            <dd>{communeLabel(project.place)}</dd>
          </>
        )}
        {project.budgetMillionVnd !== null && (
          <>
            <dt className="font-semibold">Kinh phí</dt>
            <dd>{formatNumber(project.budgetMillionVnd, 0)} triệu đồng</dd>
          </>
        )}
      </dl>
      {project.summary && (
        <div className="prose-content mt-5">
          {project.summary.split(/\n{2,}/).map((paragraph, index) => (
            <p key={index}>{paragraph}</p>
          ))}
        </div>
      )}
      {project.attachments.length > 0 && (
        <section aria-labelledby="tai-lieu" className="mt-6">
          <h2 id="tai-lieu" className="text-lg font-bold text-brand-800">
            Tài liệu kèm theo
          </h2>
          <AttachmentLinks files={project.attachments} />
        </section>
      )}
    </article>
  );
}
