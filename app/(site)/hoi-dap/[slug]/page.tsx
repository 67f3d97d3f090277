import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { cache } from 'react';
import { FeedbackWidget } from '@/components/site/feedback-widget';
import { JsonLd } from '@/components/site/json-ld';
import { PrintActions } from '@/components/site/print-actions';
import { RichContent } from '@/components/site/rich-content';
import { absoluteUrl, pageMetadata, SITE_NAME } from '@/components/site/seo';
import { topicLabel } from '@/lib/citizens/questions';
import { publishedQuestionBySlug } from '@/lib/data/questions';
import { formatDate } from '@/lib/format/date';

interface Props {
  params: Promise<{ slug: string }>;
}

const questionFor = cache(async (slug: string) => {
  await connection();
  return publishedQuestionBySlug(slug);
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const question = await questionFor((await params).slug);
  if (!question) return { title: 'Không tìm thấy trang', robots: { index: false } };
  return pageMetadata({ title: question.title, description: question.body.slice(0, 200), path: `/hoi-dap/${question.slug}` });
}

/** One published question with its answer (schema.org QAPage). */
export default async function QuestionPage({ params }: Props) {
  const question = await questionFor((await params).slug);
  if (!question) notFound();
  const url = absoluteUrl(`/hoi-dap/${question.slug}`);
  return (
    <article className="article-print">
      <JsonLd
        data={{
          '@context': 'https://schema.org',
          '@type': 'QAPage',
          mainEntity: {
            '@type': 'Question',
            name: question.title,
            text: question.body,
            dateCreated: question.askedAt.toISOString(),
            author: { '@type': 'Person', name: question.askedBy },
            answerCount: 1,
            acceptedAnswer: {
              '@type': 'Answer',
              text: question.answerText,
              dateCreated: question.answeredAt.toISOString(),
              url,
              author: { '@type': 'Organization', name: SITE_NAME },
            },
          },
        }}
      />
      <nav aria-label="Đường dẫn" className="no-print mb-3 text-sm text-slate-600">
        <Link href="/hoi-dap" className="hover:underline">
          Hỏi đáp
        </Link>{' '}
        ›{' '}
        <Link href={`/hoi-dap?linh_vuc=${question.topic}`} className="hover:underline">
          {topicLabel(question.topic)}
        </Link>
      </nav>
      <h1 className="text-2xl font-bold leading-snug text-slate-900">{question.title}</h1>
      <PrintActions url={url} />
      <section aria-labelledby="cau-hoi" className="mt-4 rounded border border-slate-200 bg-white p-4">
        <h2 id="cau-hoi" className="font-bold text-brand-800">
          Câu hỏi
        </h2>
        <p className="text-sm text-slate-600">
          {question.askedBy} · {formatDate(question.askedAt)}
        </p>
        <p className="mt-2 whitespace-pre-line">{question.body}</p>
      </section>
      <section aria-labelledby="tra-loi" className="mt-4 rounded border border-brand-100 bg-brand-50 p-4">
        <h2 id="tra-loi" className="font-bold text-brand-800">
          Trả lời
        </h2>
        <p className="text-sm text-slate-600">{formatDate(question.answeredAt)}</p>
        <div className="mt-2">
          <RichContent html={question.answerHtml} />
        </div>
      </section>
      <FeedbackWidget kind="question" targetId={question.id} />
    </article>
  );
}
