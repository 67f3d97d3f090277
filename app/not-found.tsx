import type { Metadata } from 'next';
import { Suspense } from 'react';
import { connection } from 'next/server';
import { NotFoundContent } from '@/components/site/not-found-content';
import { SiteChrome } from '@/components/site/site-chrome';

export const metadata: Metadata = { title: 'Không tìm thấy trang', robots: { index: false } };

// Addresses that match no route: same header, menu, search and footer as every public page.
export default function NotFound() {
  return (
    <Suspense fallback={<NotFoundContent />}>
      <ConnectedChrome />
    </Suspense>
  );
}

async function ConnectedChrome() {
  await connection();
  return (
    <SiteChrome>
      <NotFoundContent />
    </SiteChrome>
  );
}
