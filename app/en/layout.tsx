import { Suspense } from 'react';
import { connection } from 'next/server';
import { EnglishChrome } from '@/components/site/english-chrome';

// English pages (introduction, organisation, contact in English; first asked by NĐ 42/2022, kept under NĐ 224/2026). Same root layout
// as the Vietnamese site; the English content is marked with lang="en" on <main>.
export default function EnglishLayout({ children }: { children: React.ReactNode }) {
  return (
    <Suspense fallback={<div className="min-h-screen" aria-busy="true" />}>
      <Connected>{children}</Connected>
    </Suspense>
  );
}

async function Connected({ children }: { children: React.ReactNode }) {
  await connection();
  return <EnglishChrome>{children}</EnglishChrome>;
}
