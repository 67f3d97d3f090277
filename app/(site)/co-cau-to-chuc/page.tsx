import type { Metadata } from 'next';
import { connection } from 'next/server';
import { AboutNav } from '@/components/site/about-nav';
import { withLanguageAlternates } from '@/components/site/language-alternates';
import { RichContent } from '@/components/site/rich-content';
import { pageMetadata } from '@/components/site/seo';
import { pageLanguagePaths, publishedPageBySlug } from '@/lib/data/pages';
import { publishedOrganizationTree, type OrganizationNode } from '@/lib/data/organization';

export async function generateMetadata(): Promise<Metadata> {
  await connection();
  const page = await publishedPageBySlug('co-cau-to-chuc');
  const paths = { ...(await pageLanguagePaths(page?.translationKey ?? 'co-cau-to-chuc')), vi: '/co-cau-to-chuc' };
  return withLanguageAlternates(
    pageMetadata({
      title: page?.title ?? 'Cơ cấu tổ chức',
      description: 'Sơ đồ tổ chức của Trung tâm: các đơn vị, chức năng nhiệm vụ, người đứng đầu và thông tin liên hệ.',
      path: '/co-cau-to-chuc',
    }),
    paths,
  );
}

function Unit({ unit, level }: { unit: OrganizationNode; level: number }) {
  const Heading = level === 0 ? 'h2' : 'h3';
  const duties = unit.duties
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  return (
    <li>
      <section aria-labelledby={`don-vi-${unit.id}`} className="rounded border border-slate-300 bg-white p-3 shadow-sm">
        <Heading id={`don-vi-${unit.id}`} className="text-lg font-bold text-brand-800">
          {unit.name}
        </Heading>
        {unit.head && <p className="font-semibold text-slate-700">{unit.head}</p>}
        {(unit.phone || unit.email) && (
          <p className="text-sm text-slate-700">
            {unit.phone && <>Điện thoại: {unit.phone}</>}
            {unit.phone && unit.email && ' · '}
            {unit.email && (
              <>
                Email: <a href={`mailto:${unit.email}`}>{unit.email}</a>
              </>
            )}
          </p>
        )}
        {duties.length > 0 && (
          <details className="mt-1 text-sm">
            <summary className="cursor-pointer text-brand-700">Chức năng, nhiệm vụ</summary>
            <ul className="ml-5 list-disc">
              {duties.map((line, index) => (
                <li key={index}>{line}</li>
              ))}
            </ul>
          </details>
        )}
      </section>
      {unit.children.length > 0 && (
        <ul aria-label={`Các đơn vị trực thuộc ${unit.name}`}>
          {unit.children.map((child) => (
            <Unit key={child.id} unit={child} level={level + 1} />
          ))}
        </ul>
      )}
    </li>
  );
}

/** The organisation chart (NĐ 224/2026/NĐ-CP Đ9 k1b): nested lists drawn as a tree, under the staff-edited "co-cau-to-chuc" Page text. */
export default async function OrganizationPage() {
  await connection();
  const [page, tree] = await Promise.all([publishedPageBySlug('co-cau-to-chuc'), publishedOrganizationTree()]);
  return (
    <div className="article-print">
      <h1 className="mb-4 border-b-2 border-brand-700 pb-2 text-2xl font-bold text-brand-800 sm:text-3xl">{page?.title ?? 'Cơ cấu tổ chức'}</h1>
      <AboutNav current="/co-cau-to-chuc" />
      {page?.bodyHtml && (
        <div className="mb-5">
          <RichContent html={page.bodyHtml} />
        </div>
      )}
      {tree.length === 0 ? (
        <p>Sơ đồ tổ chức đang được cập nhật.</p>
      ) : (
        <div className="org-chart">
          <ul aria-label="Sơ đồ tổ chức">
            {tree.map((unit) => (
              <Unit key={unit.id} unit={unit} level={0} />
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
