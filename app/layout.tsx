import type { Metadata } from 'next';
import '@fontsource/be-vietnam-pro/400.css';
import '@fontsource/be-vietnam-pro/600.css';
import '@fontsource/be-vietnam-pro/700.css';
import './globals.css';
import { SITE_VIEWPORT, TITLE_SUFFIX } from '@/components/site/seo';
import { READING_AIDS_SCRIPT } from '@/lib/citizens/reading-aids-script';

export const metadata: Metadata = {
  title: {
    default: 'Trung tâm Đầu tư phát triển cụm công nghiệp tỉnh Ninh Bình',
    template: `%s | ${TITLE_SUFFIX}`,
  },
  description: 'Cổng thông tin điện tử của Trung tâm Đầu tư phát triển cụm công nghiệp tỉnh Ninh Bình.',
};

export const viewport = SITE_VIEWPORT;

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    // The reading-aids script sets data-text-size / data-contrast on <html> before React hydrates.
    <html lang="vi" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: READING_AIDS_SCRIPT }} />
      </head>
      <body className="min-h-screen font-sans">{children}</body>
    </html>
  );
}
