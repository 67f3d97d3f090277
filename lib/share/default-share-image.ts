import sharp from 'sharp';

// The share image of pages that have none of their own (OpenGraph/Twitter previews on Zalo,
// Facebook…): 1200×630, the agency's colours, an industrial-cluster emblem drawn as shapes and
// its name. Rendered once with sharp (librsvg); the shapes do not depend on installed fonts, so
// the image is never blank even where no font can draw the name.

export const DEFAULT_SHARE_IMAGE = { path: '/anh-chia-se.png', width: 1200, height: 630 } as const;

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function svg(lines: readonly string[], caption: string): string {
  const text = lines
    .map((line, index) => `<text x="420" y="${262 + index * 64}" font-size="50" font-weight="700" fill="#ffffff">${escape(line)}</text>`)
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">
  <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#0b5cab"/><stop offset="1" stop-color="#062c52"/></linearGradient></defs>
  <rect width="1200" height="630" fill="url(#g)"/>
  <rect x="0" y="586" width="1200" height="44" fill="#d9eaff"/>
  <rect x="0" y="578" width="1200" height="8" fill="#f5b700"/>
  <g transform="translate(90 170)">
    <circle cx="130" cy="130" r="130" fill="#ffffff"/>
    <circle cx="130" cy="130" r="116" fill="#0a4d8f"/>
    <path d="M52 190 V118 l38 24 V118 l38 24 V118 l38 24 V70 h22 v-28 h14 v28 h8 V190 Z" fill="#ffffff"/>
    <rect x="64" y="158" width="18" height="16" fill="#0a4d8f"/><rect x="102" y="158" width="18" height="16" fill="#0a4d8f"/><rect x="140" y="158" width="18" height="16" fill="#0a4d8f"/><rect x="176" y="150" width="16" height="24" fill="#0a4d8f"/>
    <path d="M40 204 h180" stroke="#f5b700" stroke-width="8" stroke-linecap="round"/>
  </g>
  <g font-family="'Be Vietnam Pro', 'Noto Sans', 'DejaVu Sans', 'Liberation Sans', Arial, sans-serif">
    ${text}
    <text x="60" y="617" font-size="26" font-weight="600" fill="#083d72">${escape(caption)}</text>
  </g>
</svg>`;
}

/** The default share image as PNG. */
export function renderDefaultShareImage(): Promise<Buffer> {
  return sharp(Buffer.from(svg(['Trung tâm Đầu tư phát triển', 'cụm công nghiệp', 'tỉnh Ninh Bình'], 'Cổng thông tin điện tử')))
    .png({ compressionLevel: 9, palette: true })
    .toBuffer();
}
