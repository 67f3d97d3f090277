import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { ProjectForm } from '@/components/admin/decree/project-form';
import { requireAdminPage } from '@/lib/auth/current-user';
import { getStaffProject } from '@/lib/data/staff/projects';
import { communeOptions } from '@/lib/data/communes';

export const metadata: Metadata = { title: 'Sửa kế hoạch, dự án' };

export default async function EditProjectPage({ params }: { params: Promise<{ id: string }> }) {
  await connection();
  await requireAdminPage('/quan-tri/du-an/[id]');
  const [project, communes] = await Promise.all([getStaffProject((await params).id), communeOptions()]);
  if (!project) notFound();
  return (
    <div className="space-y-4">
      <Link href="/quan-tri/du-an" className="text-sm text-brand-700 underline">
        ← Danh sách
      </Link>
      <h1 className="text-2xl font-bold">Sửa: {project.title}</h1>
      <ProjectForm
        communes={communes}
        initial={{
          id: project.id,
          title: project.title,
          slug: project.slug,
          kind: project.kind,
          status: project.status,
          startYear: String(project.startYear),
          endYear: project.endYear === null ? '' : String(project.endYear),
          budgetMillionVnd: project.budgetMillionVnd === null ? '' : String(project.budgetMillionVnd),
          summary: project.summary,
          published: project.published,
          communeId: project.communeId ?? '',
          attachments: project.attachments.map((file) => ({
            id: file.id,
            url: file.url,
            mimeType: file.mimeType,
            label: file.originalName,
            thumbnailUrl: null,
          })),
        }}
      />
    </div>
  );
}
