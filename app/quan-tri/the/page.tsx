import type { Metadata } from 'next';
import { connection } from 'next/server';
import { TagsManager } from '@/components/admin/tags/tags-manager';
import { requireAdminPage } from '@/lib/auth/current-user';
import { listTags } from '@/lib/data/staff/tags';

export const metadata: Metadata = { title: 'Thẻ', robots: { index: false } };

export default async function TagsPage() {
  await connection();
  await requireAdminPage('/quan-tri/the');
  const tags = await listTags();
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-2xl font-bold">Thẻ</h1>
        <p className="mt-1 text-slate-600">Thẻ được tạo khi biên tập viên gõ vào ô “Thẻ” của bài viết. Ở đây có thể đổi tên hoặc xóa thẻ.</p>
      </header>
      <TagsManager tags={tags} />
    </div>
  );
}
