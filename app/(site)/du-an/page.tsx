import Link from 'next/link';
import { connection } from 'next/server';
import { metadataOnRequest } from '@/components/site/seo';
import { publishedProjects } from '@/lib/data/projects';
import { formatNumber } from '@/lib/decree/clusters';
import { PROJECT_KIND_LABELS, PROJECT_KINDS, PROJECT_STATUS_LABELS, projectPeriod, type ProjectKindCode } from '@/lib/decree/projects';

export const generateMetadata = metadataOnRequest({
  title: 'Chiến lược, kế hoạch, dự án',
  description: 'Chiến lược, kế hoạch, chương trình và dự án đầu tư phát triển cụm công nghiệp tỉnh Ninh Bình.',
  path: '/du-an',
});

export default async function ProjectsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await connection();
  const raw = (await searchParams).loai;
  const kind = PROJECT_KINDS.find((candidate) => candidate === raw) ?? null;
  const projects = await publishedProjects(kind);
  const tab = (value: ProjectKindCode | null, label: string) => (
    <Link
      key={label}
      href={value ? `/du-an?loai=${value}` : '/du-an'}
      aria-current={value === kind ? 'page' : undefined}
      className={`rounded px-3 py-1.5 text-sm font-semibold ${value === kind ? 'bg-brand-700 text-white' : 'border border-slate-300 bg-white text-brand-800 hover:bg-brand-50'}`}
    >
      {label}
    </Link>
  );
  return (
    <div>
      <h1 className="mb-4 border-b-2 border-brand-700 pb-2 text-2xl font-bold text-brand-800">Chiến lược, kế hoạch, dự án</h1>
      <nav aria-label="Loại" className="no-print mb-4 flex flex-wrap gap-2">
        {tab(null, 'Tất cả')}
        {PROJECT_KINDS.map((value) => tab(value, PROJECT_KIND_LABELS[value]))}
      </nav>
      {projects.length === 0 ? (
        <p className="rounded border border-slate-200 bg-white p-4">Chưa có nội dung.</p>
      ) : (
        <ul className="space-y-3">
          {projects.map((project) => (
            <li key={project.id} className="rounded border border-slate-200 bg-white p-4">
              <p className="text-xs font-semibold uppercase text-slate-600">
                {PROJECT_KIND_LABELS[project.kind]} · {projectPeriod(project)} · {PROJECT_STATUS_LABELS[project.status]}
              </p>
              <h2 className="mt-1 text-lg font-bold">
                <Link href={`/du-an/${project.slug}`} className="text-brand-800 hover:underline">
                  {project.title}
                </Link>
              </h2>
              {project.budgetMillionVnd !== null && <p className="text-sm text-slate-700">Kinh phí: {formatNumber(project.budgetMillionVnd, 0)} triệu đồng</p>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
