/**
 * A body rendered and sanitized on the server when it was saved (lib/content/render.ts:
 * schema-checked Tiptap JSON → sanitize-html). Only that stored HTML ever goes here.
 */
export function RichContent({ html }: { html: string }) {
  return <div className="prose-content" dangerouslySetInnerHTML={{ __html: html }} />;
}
