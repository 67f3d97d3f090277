// Every message the site sends has one shape: a greeting, a few paragraphs, at most one button
// (a link), and a signature; rendered to both plain text and simple, inline-styled HTML.

export interface MailContent {
  subject: string;
  greeting: string;
  paragraphs: readonly string[];
  action?: { label: string; url: string };
  /** Shown after the button, e.g. how long the link works. */
  note?: string;
}

export const MAIL_SIGNATURE = 'Trung tâm Đầu tư phát triển cụm công nghiệp tỉnh Ninh Bình';

function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

export function renderMail(content: MailContent): { subject: string; text: string; html: string } {
  const text = [
    content.greeting,
    '',
    ...content.paragraphs.flatMap((paragraph) => [paragraph, '']),
    ...(content.action ? [`${content.action.label}: ${content.action.url}`, ''] : []),
    ...(content.note ? [content.note, ''] : []),
    '--',
    MAIL_SIGNATURE,
    'Thư này được gửi tự động, vui lòng không trả lời.',
  ].join('\n');
  const paragraph = (value: string) => `<p style="margin:0 0 16px">${escapeHtml(value)}</p>`;
  const html = [
    '<!doctype html>',
    '<html lang="vi"><head><meta charset="utf-8"><title>' + escapeHtml(content.subject) + '</title></head>',
    '<body style="margin:0;padding:24px;background:#f1f5f9;font-family:Arial,Helvetica,sans-serif;color:#0f172a;font-size:16px;line-height:1.5">',
    '<div style="max-width:560px;margin:0 auto;background:#ffffff;border-radius:6px;padding:24px">',
    paragraph(content.greeting),
    ...content.paragraphs.map(paragraph),
    content.action
      ? `<p style="margin:24px 0"><a href="${escapeHtml(content.action.url)}" style="display:inline-block;background:#1d4ed8;color:#ffffff;text-decoration:none;padding:12px 20px;border-radius:4px;font-weight:bold">${escapeHtml(content.action.label)}</a></p>` +
        `<p style="margin:0 0 16px;font-size:14px;color:#475569">Nếu nút không hoạt động, hãy chép địa chỉ sau vào trình duyệt: ${escapeHtml(content.action.url)}</p>`
      : '',
    content.note ? paragraph(content.note) : '',
    `<p style="margin:24px 0 0;font-size:14px;color:#475569">${escapeHtml(MAIL_SIGNATURE)}<br>Thư này được gửi tự động, vui lòng không trả lời.</p>`,
    '</div></body></html>',
  ].join('\n');
  return { subject: content.subject, text, html };
}
