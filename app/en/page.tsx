import type { Metadata } from 'next';
import { EnglishPage, englishPageMetadata } from '@/components/site/english-page';

// /en opens on the English introduction (the page with slug "introduction").
export function generateMetadata(): Promise<Metadata> {
  return englishPageMetadata('introduction');
}

export default function EnglishHome() {
  return <EnglishPage slug="introduction" />;
}
