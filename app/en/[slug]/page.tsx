import type { Metadata } from 'next';
import { EnglishPage, englishPageMetadata } from '@/components/site/english-page';

interface Props {
  params: Promise<{ slug: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return englishPageMetadata((await params).slug);
}

export default async function EnglishStaticPage({ params }: Props) {
  return <EnglishPage slug={(await params).slug} />;
}
