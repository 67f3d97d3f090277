import { connection } from 'next/server';
import { MapViewer } from '@/components/site/map-viewer';
import { mediaUrl } from '@/lib/media/urls';
import { SectionHeading } from '@/components/site/section-heading';
import { metadataOnRequest } from '@/components/site/seo';
import { publishedMapDocuments } from '@/lib/data/map-documents';

export const generateMetadata = metadataOnRequest({
  title: 'Bản đồ hành chính',
  description: 'Bản đồ hành chính các huyện, thành phố và cụm công nghiệp tỉnh Ninh Bình.',
  path: '/ban-do-hanh-chinh',
});

function fileSize(bytes: number): string {
  if (bytes >= 1_048_576) return `${(bytes / 1_048_576).toFixed(1).replace('.', ',')} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

export default async function MapsPage() {
  await connection();
  const documents = await publishedMapDocuments();
  return (
    <section aria-labelledby="ban-do-hanh-chinh">
      <SectionHeading id="ban-do-hanh-chinh" level="h1">
        Bản đồ hành chính
      </SectionHeading>
      {documents.length === 0 && <p>Chưa có bản đồ nào được công bố.</p>}
      <ul className="space-y-10">
        {documents.map((document) => {
          const file = document.file;
          const isImage = file?.mimeType.startsWith('image/');
          const isPdf = file?.mimeType === 'application/pdf';
          return (
            <li key={document.id}>
              <article aria-labelledby={`ban-do-${document.id}`}>
                <h2 id={`ban-do-${document.id}`} className="text-xl font-semibold">
                  {document.title}
                </h2>
                {document.description && <p className="mt-2 text-slate-700">{document.description}</p>}
                {file && isImage && (
                  <div className="mt-4">
                    <MapViewer src={mediaUrl(file.storageKey)} alt={file.altText || document.title} width={file.width ?? 1600} height={file.height ?? 1200} />
                  </div>
                )}
                {file && (isImage || isPdf) && (
                  <p className="mt-3">
                    <a href={mediaUrl(file.storageKey)} download className="font-semibold text-brand-700 underline underline-offset-2 hover:text-brand-900">
                      {`Tải bản đồ gốc (${isPdf ? 'PDF, ' : ''}${fileSize(file.byteSize)})`}
                    </a>
                  </p>
                )}
                {!file && <p className="mt-3 text-sm text-slate-600">Tệp bản đồ đang được cập nhật.</p>}
              </article>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
