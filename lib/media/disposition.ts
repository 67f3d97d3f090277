// Content-Disposition with the original file name: an ASCII fallback for old clients plus the
// RFC 5987 UTF-8 form (Vietnamese names survive). Quotes, backslashes, angle brackets and controls never reach
// the header.

export function contentDisposition(type: 'inline' | 'attachment', fileName: string): string {
  const clean = fileName.replace(/[\u0000-\u001f\u007f"\\/<>]/g, '').trim() || 'tep-tin';
  const ascii = clean
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^\x20-\x7e]/g, '_');
  const encoded = encodeURIComponent(clean).replace(/['()*]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${type}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
