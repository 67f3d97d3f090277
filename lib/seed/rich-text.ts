// Small builders for seeded Tiptap documents (headings, lists, links), validated on render.

export type Node = Record<string, unknown>;

export const text = (value: string, href?: string): Node =>
  href ? { type: 'text', text: value, marks: [{ type: 'link', attrs: { href, target: null, rel: null } }] } : { type: 'text', text: value };
export const paragraph = (...content: (string | Node)[]): Node => ({
  type: 'paragraph',
  content: content.map((part) => (typeof part === 'string' ? text(part) : part)),
});
export const heading = (level: 2 | 3, value: string): Node => ({ type: 'heading', attrs: { level }, content: [text(value)] });

/** A bullet list; an item is text or [text, children] for a nested list (an organisation tree). */
export type ListItem = string | Node | [string | Node, ListItem[]];
export function bulletList(items: ListItem[]): Node {
  return {
    type: 'bulletList',
    content: items.map((item) => {
      const [label, children] = Array.isArray(item) ? item : [item, [] as ListItem[]];
      return { type: 'listItem', content: [paragraph(label), ...(children.length ? [bulletList(children)] : [])] };
    }),
  };
}
export const doc = (...content: Node[]): Node => ({ type: 'doc', content });
