import Link from 'next/link';
import { connection } from 'next/server';
import { QuestionForm } from '@/components/site/question-form';
import { metadataOnRequest } from '@/components/site/seo';
import { issueFormToken } from '@/lib/decree/form-token';

export const generateMetadata = metadataOnRequest({
  title: 'Gửi câu hỏi',
  description: 'Gửi câu hỏi cho Trung tâm Đầu tư phát triển cụm công nghiệp tỉnh Ninh Bình và nhận mã tra cứu câu trả lời.',
  path: '/hoi-dap/gui-cau-hoi',
});

/** The question form; never page-cached (it carries a signed render time, lib/server/cache-policy.ts). */
export default async function AskQuestionPage() {
  await connection();
  return (
    <div>
      <nav aria-label="Đường dẫn" className="no-print mb-3 text-sm text-slate-600">
        <Link href="/hoi-dap" className="hover:underline">
          Hỏi đáp
        </Link>
      </nav>
      <h1 className="mb-4 border-b-2 border-brand-700 pb-2 text-2xl font-bold text-brand-800">Gửi câu hỏi</h1>
      <p className="mb-4 text-slate-700">
        Sau khi gửi, bạn nhận được một mã tra cứu. Dùng mã đó tại trang{' '}
        <Link href="/hoi-dap/tra-cuu" className="font-semibold text-brand-700 underline">
          Tra cứu câu hỏi
        </Link>{' '}
        để xem tình trạng xử lý và câu trả lời.
      </p>
      <QuestionForm formToken={issueFormToken()} />
    </div>
  );
}
