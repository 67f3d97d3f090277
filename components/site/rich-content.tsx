import { LazyEmbedContent } from './lazy-embed-content';
import { deferYoutubeEmbeds } from './lazy-embeds';

/**
 * A body rendered and sanitized on the server when it was saved (lib/content/render.ts:
 * schema-checked Tiptap JSON → sanitize-html). Only that stored HTML ever goes here. Bodies with
 * YouTube embeds get the small click-to-load client component; others ship no JavaScript.
 */
export function RichContent({ html }: { html: string }) {
  const deferred = deferYoutubeEmbeds(html);
  if (deferred.deferred > 0) return <LazyEmbedContent html={deferred.html} />;
  return <div className="prose-content" dangerouslySetInnerHTML={{ __html: html }} />;
}
