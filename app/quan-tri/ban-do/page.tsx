import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { MediaContentList, type ContentListItem } from '@/components/admin/media-content-list';
import { buttonClasses } from '@/components/ui/button';
import { deleteMapDocumentAction, reorderMapDocumentsAction, setMapDocumentPublishedAction } from '@/lib/actions/map-documents';
import { requireAdminPage } from '@/lib/auth/current-user';
import { listStaffMapDocuments } from '@/lib/data/staff/map-documents';

export const metadata: Metadata = { title: 'Bản đồ hành chính' };

export default async function MapDocumentsAdminPage() {
  await connection();
  await requireAdminPage('/quan-tri/ban-do');
  const documents = await listStaffMapDocuments();
  const items: ContentListItem[] = documents.map((document) => ({
    id: document.id,
    title: document.title,
    detail: document.file ? `${document.file.mimeType === 'application/pdf' ? 'PDF' : 'Ảnh'} · ${document.file.originalName}` : 'Chưa có tệp',
    published: document.published,
    editHref: `/quan-tri/ban-do/${document.id}`,
    thumbnailUrl: document.file?.thumbnailUrl ?? null,
    thumbnailLabel: document.file?.mimeType === 'application/pdf' ? 'PDF' : 'Chưa có tệp',
  }));
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">Bản đồ hành chính</h1>
        <Link href="/quan-tri/ban-do/moi" className={buttonClasses()}>
          Thêm bản đồ
        </Link>
      </div>
      <MediaContentList
        items={items}
        noun="bản đồ"
        reorderAction={reorderMapDocumentsAction}
        publishAction={setMapDocumentPublishedAction}
        deleteAction={deleteMapDocumentAction}
      />
    </div>
  );
}
