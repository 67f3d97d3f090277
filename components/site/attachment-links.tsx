import { mediaUrl } from '@/lib/media/urls';

/** Download links for attached PDF/Word files (served with Content-Disposition: attachment). */
export function AttachmentLinks({ files }: { files: { id: string; storageKey: string; originalName: string; mimeType: string }[] }) {
  if (files.length === 0) return null;
  return (
    <ul className="mt-2 space-y-1">
      {files.map((file) => (
        <li key={file.id}>
          <a href={`${mediaUrl(file.storageKey)}?tai-ve=1`} download={file.originalName} className="text-brand-700 underline">
            Tải về {file.originalName}
          </a>{' '}
          <span className="text-sm text-slate-600">({file.mimeType === 'application/pdf' ? 'PDF' : 'Word'})</span>
        </li>
      ))}
    </ul>
  );
}
