'use client';

import { useRouter } from 'next/navigation';
import { useToast } from '@/components/ui/toast';
import { MediaDropZone } from './media-drop-zone';

/** The library page's upload area: button, drag and drop, and paste anywhere on the page. */
export function MediaLibraryUploader() {
  const router = useRouter();
  const toast = useToast();
  return (
    <MediaDropZone
      accept={['image', 'video', 'pdf', 'office']}
      pasteOnWindow
      onUploaded={(media) => {
        toast.success(`Đã tải lên “${media.originalName}”.`);
        router.refresh();
      }}
    />
  );
}
