import { generateJSON } from '@tiptap/html/server';
import { describe, expect, it } from 'vitest';
import { contentExtensions } from '@/lib/content/extensions';
import { renderContent } from '@/lib/content/render';

// Pasting goes through the same schema-driven HTML parser as generateJSON: what Word and
// Google Docs put in (classes, inline styles, spans, fonts) must not survive, the structure must.
const wordHtml = `
<h2 class="MsoHeading2" style="font-family:'Times New Roman';color:#c00000;mso-style-name:x">Kế hoạch năm</h2>
<p class="MsoNormal" style="font-size:14pt;background:yellow"><span style="font-weight:700;color:red">Đậm</span> và <b>in đậm</b>
  <a href="https://ninhbinh.gov.vn" style="color:blue" onclick="alert(1)">liên kết</a></p>
<ul style="margin-left:2cm"><li style="color:green"><p>Mục một</p></li><li>Mục hai</li></ul>
<table style="border:1px solid" class="MsoTableGrid"><tr><th style="width:200px">A</th><th>B</th></tr><tr><td style="background:#eee">1</td><td>2</td></tr></table>
<p><a href="javascript:alert(1)">xấu</a><font face="Arial">chữ</font></p>`;

describe('pasting rich text', () => {
  const json = generateJSON(wordHtml, contentExtensions);
  const serialised = JSON.stringify(json);

  it('keeps headings, bold, links, lists and tables', () => {
    const types = new Set<string>();
    const walk = (node: { type?: string; content?: unknown[] }) => {
      if (node.type) types.add(node.type);
      (node.content as (typeof node)[] | undefined)?.forEach(walk);
    };
    walk(json);
    expect([...types]).toEqual(expect.arrayContaining(['heading', 'bulletList', 'listItem', 'table', 'tableRow', 'tableHeader', 'tableCell']));
    expect(serialised).toContain('"type":"bold"');
    expect(serialised).toContain('https://ninhbinh.gov.vn');
  });

  it('drops styles, classes, event handlers and unsafe links', () => {
    expect(serialised).not.toMatch(/color|font-family|Mso|background|onclick|javascript:/i);
    const { html } = renderContent(json);
    expect(html).not.toMatch(/style="(?!text-align|min-width:\d+px")|class=|onclick|javascript:/i);
    expect(html).toContain('<h2>Kế hoạch năm</h2>');
  });
});
