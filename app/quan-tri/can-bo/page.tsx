import type { Metadata } from 'next';
import { connection } from 'next/server';
import { OfficialForm } from '@/components/admin/decree/official-form';
import { RowAction } from '@/components/admin/decree/row-action';
import { deleteOfficialAction } from '@/lib/actions/officials';
import { requireAdminPage } from '@/lib/auth/current-user';
import { listStaffOfficials } from '@/lib/data/staff/officials';
import { communeOptions } from '@/lib/data/communes';
import { mediaUrl } from '@/lib/media/urls';

export const metadata: Metadata = { title: 'Cán bộ, lãnh đạo' };

/** Focal-point officials and leaders: each one editable in place, plus a form to add one. */
export default async function OfficialsAdminPage() {
  await connection();
  await requireAdminPage('/quan-tri/can-bo');
  const [officials, communes] = await Promise.all([listStaffOfficials(), communeOptions()]);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Cán bộ, lãnh đạo</h1>
      <p className="text-slate-700">
        Danh sách hiện trên trang Liên hệ (và trang Contact tiếng Anh); người được đánh dấu là lãnh đạo hiện thêm trên trang Giới thiệu › Lãnh đạo với ảnh,
        nhiệm vụ và quá trình công tác. Địa chỉ, điện thoại, fax, email của Trung tâm sửa trong Cài đặt.
      </p>
      {officials.map(({ photo, ...official }) => (
        <div key={official.id} className="space-y-2">
          <OfficialForm
            initial={{
              ...official,
              photo: photo
                ? {
                    id: photo.id,
                    url: mediaUrl(photo.storageKey),
                    mimeType: photo.mimeType,
                    thumbnailUrl: mediaUrl(photo.storageKey),
                    label: photo.altText || photo.originalName,
                  }
                : null,
            }}
            communes={communes}
          />
          <RowAction
            action={deleteOfficialAction}
            fields={{ id: official.id }}
            label={`Xóa ${official.name}`}
            variant="danger"
            confirm={`Xóa ${official.name} khỏi danh sách?`}
          />
        </div>
      ))}
      <section aria-labelledby="them-can-bo" className="space-y-2">
        <h2 id="them-can-bo" className="text-lg font-bold">
          Thêm cán bộ đầu mối
        </h2>
        <OfficialForm
          communes={communes}
          initial={{
            name: '',
            position: '',
            phone: '',
            email: '',
            sortOrder: officials.length,
            published: true,
            communeId: null,
            leader: false,
            duties: '',
            bio: '',
            photo: null,
          }}
        />
      </section>
    </div>
  );
}
