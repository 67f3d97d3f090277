import type { Metadata } from 'next';
import { connection } from 'next/server';
import { RecordTable } from '@/components/admin/decree/record-table';
import { deleteProjectAction } from '@/lib/actions/projects';
import { requireAdminPage } from '@/lib/auth/current-user';
import { listStaffProjects } from '@/lib/data/staff/projects';
import { PROJECT_KIND_LABELS, PROJECT_STATUS_LABELS, projectPeriod, type ProjectKindCode, type ProjectStatusCode } from '@/lib/decree/projects';

export const metadata: Metadata = { title: 'Kế hoạch, dự án' };

export default async function ProjectsAdminPage() {
  await connection();
  await requireAdminPage('/quan-tri/du-an');
  const projects = await listStaffProjects();
  return (
    <RecordTable
      heading="Chiến lược, kế hoạch, dự án"
      createHref="/quan-tri/du-an/moi"
      createLabel="Thêm mới"
      records={projects}
      name={(project) => project.title}
      editBase="/quan-tri/du-an"
      columns={[
        { header: 'Loại', cell: (project) => PROJECT_KIND_LABELS[project.kind as ProjectKindCode] },
        { header: 'Thời gian', cell: (project) => projectPeriod(project) },
        { header: 'Tình trạng', cell: (project) => PROJECT_STATUS_LABELS[project.status as ProjectStatusCode] },
      ]}
      remove={deleteProjectAction}
    />
  );
}
