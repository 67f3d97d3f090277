import { ArticleAlbum } from './article-album';
import { splitAlbumPlaceholders } from './album-embeds';
import { LazyEmbedContent } from './lazy-embed-content';
import { deferYoutubeEmbeds } from './lazy-embeds';

/**
 * A body rendered and sanitized on the server when it was saved (lib/content/render.ts:
 * schema-checked Tiptap JSON → sanitize-html). Only that stored HTML ever goes here. Bodies with
 * YouTube embeds get the small click-to-load client component; others ship no JavaScript.
 * A placed photo album is drawn live in its place (components/site/album-embeds.ts).
 */
export function RichContent({ html }: { html: string }) {
  const parts = splitAlbumPlaceholders(html);
  if (parts.length === 1 && parts[0]?.kind === 'html') return <BodyHtml html={html} />;
  return (
    <div>
      {parts.map((part, index) =>
        part.kind === 'html' ? <BodyHtml key={index} html={part.html} /> : <ArticleAlbum key={`${index}-${part.albumId}`} albumId={part.albumId} />,
      )}
    </div>
  );
}

function BodyHtml({ html }: { html: string }) {
  const deferred = deferYoutubeEmbeds(html);
  if (deferred.deferred > 0) return <LazyEmbedContent html={deferred.html} />;
  return <div className="prose-content" dangerouslySetInnerHTML={{ __html: html }} />;
}
