'use client';

import type { RenderImagePicker } from '@/components/editor/image-panel';

// Bridges the editor to the media library (upload or pick): the image button of the body and
// the cover image field.

export const renderArticleImagePicker: RenderImagePicker = () => (
  <p className="text-sm text-slate-600">Thư viện ảnh đang được tích hợp.</p>
);

export function ArticleCoverPicker({ value }: { value: string | null; onChange: (id: string | null) => void }) {
  return <p className="text-sm text-slate-600">{value ? 'Đã chọn ảnh đại diện.' : 'Chưa có ảnh đại diện.'}</p>;
}
