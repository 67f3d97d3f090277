import type { Metadata } from 'next';
import { connection } from 'next/server';
import { AboutNav } from '@/components/site/about-nav';
import { withLanguageAlternates } from '@/components/site/language-alternates';
import { RichContent } from '@/components/site/rich-content';
import { pageMetadata } from '@/components/site/seo';
import { pageLanguagePaths, publishedPageBySlug } from '@/lib/data/pages';
import { SiteImage } from '@/components/site/site-image';
import { publishedLeaders } from '@/lib/data/organization';

export async function generateMetadata(): Promise<Metadata> {
  await connection();
  const page = await publishedPageBySlug('lanh-dao');
  const paths = { ...(await pageLanguagePaths(page?.translationKey ?? 'lanh-dao')), vi: '/lanh-dao' };
  return withLanguageAlternates(
    pageMetadata({
      title: page?.title ?? 'Lãnh đạo Trung tâm',
      description: 'Họ tên, chức vụ, nhiệm vụ được phân công, quá trình công tác và thông tin liên hệ của lãnh đạo Trung tâm.',
      path: '/lanh-dao',
    }),
    paths,
  );
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/** Leaders' profiles (NĐ 224/2026/NĐ-CP Đ9 k1b), edited in Quản trị › Cán bộ, lãnh đạo, under the staff-edited "lanh-dao" Page text. */
export default async function LeadersPage() {
  await connection();
  const [page, leaders] = await Promise.all([publishedPageBySlug('lanh-dao'), publishedLeaders()]);
  return (
    <div className="article-print">
      <h1 className="mb-4 border-b-2 border-brand-700 pb-2 text-2xl font-bold text-brand-800 sm:text-3xl">{page?.title ?? 'Lãnh đạo Trung tâm'}</h1>
      <AboutNav current="/lanh-dao" />
      {page?.bodyHtml && (
        <div className="mb-5">
          <RichContent html={page.bodyHtml} />
        </div>
      )}
      {leaders.length === 0 ? (
        <p>Thông tin lãnh đạo đang được cập nhật.</p>
      ) : (
        <ul className="space-y-6">
          {leaders.map((leader) => (
            <li key={leader.id}>
              <article aria-labelledby={`lanh-dao-${leader.id}`} className="flex flex-col gap-4 rounded border border-slate-200 bg-white p-4 sm:flex-row">
                <div className="w-32 shrink-0">
                  {leader.photo ? (
                    <SiteImage media={leader.photo} alt={`Ảnh ${leader.name}`} sizes="128px" className="h-auto w-32 rounded object-cover" />
                  ) : (
                    <div aria-hidden="true" className="flex h-40 w-32 items-center justify-center rounded bg-slate-100 text-3xl font-bold text-slate-400">
                      {leader.name.split(' ').pop()?.charAt(0)}
                    </div>
                  )}
                </div>
                <div className="min-w-0 flex-1">
                  <h2 id={`lanh-dao-${leader.id}`} className="text-xl font-bold text-brand-800">
                    {leader.name}
                  </h2>
                  <p className="font-semibold text-slate-700">{leader.position}</p>
                  {(leader.phone || leader.email) && (
                    <p className="mt-1 text-sm text-slate-700">
                      {leader.phone && (
                        <>
                          Điện thoại: <a href={`tel:${leader.phone.replace(/[^0-9+]/g, '')}`}>{leader.phone}</a>
                        </>
                      )}
                      {leader.phone && leader.email && ' · '}
                      {leader.email && (
                        <>
                          Email: <a href={`mailto:${leader.email}`}>{leader.email}</a>
                        </>
                      )}
                    </p>
                  )}
                  {leader.duties && (
                    <>
                      <h3 className="mt-3 font-semibold">Nhiệm vụ được phân công</h3>
                      <ul className="ml-5 list-disc">
                        {lines(leader.duties).map((line, index) => (
                          <li key={index}>{line}</li>
                        ))}
                      </ul>
                    </>
                  )}
                  {leader.bio && (
                    <>
                      <h3 className="mt-3 font-semibold">Tóm tắt quá trình công tác</h3>
                      <ul className="ml-5 list-disc">
                        {lines(leader.bio).map((line, index) => (
                          <li key={index}>{line}</li>
                        ))}
                      </ul>
                    </>
                  )}
                </div>
              </article>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
