import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { ProjectForm } from '@/components/admin/decree/project-form';
import { requireAdminPage } from '@/lib/auth/current-user';
import { communeOptions } from '@/lib/data/communes';

export const metadata: Metadata = { title: 'Thêm kế hoạch, dự án' };

export default async function NewProjectPage() {
  await connection();
  await requireAdminPage('/quan-tri/du-an/moi');
  const communes = await communeOptions();
  return (
    <div className="space-y-4">
      <Link href="/quan-tri/du-an" className="text-sm text-brand-700 underline">
        ← Danh sách
      </Link>
      <h1 className="text-2xl font-bold">Thêm chiến lược, kế hoạch, dự án</h1>
      <ProjectForm
        communes={communes}
        initial={{
          title: '',
          slug: '',
          kind: 'PLAN',
          status: 'PREPARING',
          startYear: String(new Date().getFullYear()),
          endYear: '',
          budgetMillionVnd: '',
          summary: '',
          published: false,
          communeId: '',
          attachments: [],
        }}
      />
    </div>
  );
}
