import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import type { JSONContent } from '@tiptap/react';
import { StaticPageForm } from '@/components/admin/static-page-form';
import { requireAdminPage } from '@/lib/auth/current-user';
import { getPageForEditing } from '@/lib/data/staff/pages';
import { SeoPanel } from '@/components/admin/seo-panel';
import { pageSeoForStaff } from '@/lib/data/staff/seo';
import { configuredOrigin } from '@/lib/config/site-origin';
import { mediaUrl } from '@/lib/media/urls';

export const metadata: Metadata = { title: 'Sửa trang' };

export default async function EditStaticPage({ params }: { params: Promise<{ id: string }> }) {
  await connection();
  await requireAdminPage('/quan-tri/trang/[id]');
  const { id } = await params;
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  const page = await getPageForEditing(id);
  if (!page) notFound();
  const seoInitial = await pageSeoForStaff(page.id, mediaUrl);
  return (
    <div>
      <h1 className="mb-4 text-2xl font-bold">Sửa trang</h1>
      <StaticPageForm key={`${page.id}:${page.version}`} page={{ ...page, body: page.body as JSONContent, locale: page.locale === 'en' ? 'en' : 'vi' }} />
      <div className="mt-6 max-w-2xl">
        <SeoPanel
          target={{ kind: 'page', id: page.id }}
          initial={seoInitial}
          content={{ title: page.title, summary: '', bodyText: seoInitial.bodyText, path: page.locale === 'en' ? `/en/${page.slug}` : `/${page.slug}`, coverUrl: null }}
          siteOrigin={configuredOrigin() ?? ''}
        />
      </div>
    </div>
  );
}
