import type { Metadata } from 'next';
import '@fontsource/be-vietnam-pro/400.css';
import '@fontsource/be-vietnam-pro/600.css';
import '@fontsource/be-vietnam-pro/700.css';
import './globals.css';
import { NotFoundContent } from '@/components/site/not-found-content';
import { DEFAULT_DESCRIPTION, SITE_VIEWPORT, TITLE_SUFFIX } from '@/components/site/seo';
import { SiteChromeOnRequest } from '@/components/site/site-chrome-on-request';

// No root layout here, so no title template: the suffix is added by hand. No robots entry: Next
// already adds noindex to every 404 response (a second tag would duplicate it).
export const metadata: Metadata = {
  title: `Không tìm thấy trang | ${TITLE_SUFFIX}`,
  description: DEFAULT_DESCRIPTION,
};
export const viewport = SITE_VIEWPORT;

// Addresses that match no route (and the proxy's rewrites of missing content): the same header,
// menu, search and footer as every public page. A global-not-found page is rendered only for
// such requests; the root not-found.tsx, by contrast, is sent inside every page's RSC payload,
// which is why the site chrome lives here and not there.
export default function GlobalNotFound() {
  return (
    <html lang="vi">
      <body className="min-h-screen font-sans">
        <SiteChromeOnRequest fallback={<NotFoundContent idSuffix="-tam" />}>
          <NotFoundContent />
        </SiteChromeOnRequest>
      </body>
    </html>
  );
}
