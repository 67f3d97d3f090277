import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { RowAction } from '@/components/admin/decree/row-action';
import { buttonClasses } from '@/components/ui/button';
import { deleteProjectAction } from '@/lib/actions/projects';
import { requirePermission } from '@/lib/auth/current-user';
import { listStaffProjects } from '@/lib/data/staff/projects';
import { PROJECT_KIND_LABELS, PROJECT_STATUS_LABELS, projectPeriod, type ProjectKindCode, type ProjectStatusCode } from '@/lib/decree/projects';

export const metadata: Metadata = { title: 'Kế hoạch, dự án' };

export default async function ProjectsAdminPage() {
  await connection();
  await requirePermission('project.manage');
  const projects = await listStaffProjects();
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">Chiến lược, kế hoạch, dự án</h1>
        <Link href="/quan-tri/du-an/moi" className={buttonClasses()}>
          Thêm mới
        </Link>
      </div>
      <table className="w-full border-collapse bg-white text-left text-sm">
        <thead className="bg-slate-100">
          <tr>
            <th className="p-2">Tên</th>
            <th className="p-2">Loại</th>
            <th className="p-2">Thời gian</th>
            <th className="p-2">Tình trạng</th>
            <th className="p-2">Công khai</th>
            <th className="p-2">Thao tác</th>
          </tr>
        </thead>
        <tbody>
          {projects.map((project) => (
            <tr key={project.id} className="border-t border-slate-200">
              <td className="p-2 font-semibold">
                <Link href={`/quan-tri/du-an/${project.id}`} className="text-brand-700 underline">
                  {project.title}
                </Link>
              </td>
              <td className="p-2">{PROJECT_KIND_LABELS[project.kind as ProjectKindCode]}</td>
              <td className="p-2">{projectPeriod(project)}</td>
              <td className="p-2">{PROJECT_STATUS_LABELS[project.status as ProjectStatusCode]}</td>
              <td className="p-2">{project.published ? 'Đã xuất bản' : 'Nháp'}</td>
              <td className="p-2">
                <RowAction action={deleteProjectAction} fields={{ id: project.id }} label="Xóa" variant="danger" confirm={`Xóa “${project.title}”?`} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
