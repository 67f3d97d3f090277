import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import type { JSONContent } from '@tiptap/react';
import { StaticPageForm } from '@/components/admin/static-page-form';
import { requireAdminPage } from '@/lib/auth/current-user';
import { getPageForEditing, parsePendingPage, pendingPageAutosave } from '@/lib/data/staff/pages';
import { SeoPanel } from '@/components/admin/seo-panel';
import { pageSeoForStaff } from '@/lib/data/staff/seo';
import { configuredOrigin } from '@/lib/config/site-origin';
import { mediaUrl } from '@/lib/media/urls';

export const metadata: Metadata = { title: 'Sửa trang' };

export default async function EditStaticPage({ params }: { params: Promise<{ id: string }> }) {
  await connection();
  const user = await requireAdminPage('/quan-tri/trang/[id]');
  const { id } = await params;
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  const [page, autosave] = await Promise.all([getPageForEditing(id), pendingPageAutosave(user.id, id)]);
  if (!page) notFound();
  // A public page with pending changes opens on those changes (issue 18).
  const { pendingContent, pendingAt: _pendingAt, updatedAt: _updatedAt, ...live } = page;
  const pending = parsePendingPage(pendingContent);
  const seoInitial = await pageSeoForStaff(page.id, mediaUrl);
  const shown = pending ? { ...live, ...pending, translationKey: pending.translationKey ?? null } : live;
  return (
    <div>
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">Sửa trang</h1>
        <Link href={`/quan-tri/trang/${page.id}/phien-ban`} className="text-brand-700 underline">
          Các phiên bản
        </Link>
      </div>
      <StaticPageForm
        key={`${page.id}:${page.version}`}
        page={{
          ...shown,
          id: page.id,
          version: page.version,
          body: shown.body as JSONContent,
          locale: shown.locale === 'en' ? 'en' : 'vi',
          hasPendingChanges: pending !== null,
          live: page.published,
          autosave: autosave ? { title: autosave.title, body: autosave.body as JSONContent, createdAt: autosave.createdAt.toISOString() } : null,
        }}
      />
      <div className="mt-6 max-w-2xl">
        <SeoPanel
          target={{ kind: 'page', id: page.id }}
          initial={seoInitial}
          content={{
            title: page.title,
            summary: '',
            bodyText: seoInitial.bodyText,
            path: page.locale === 'en' ? `/en/${page.slug}` : `/${page.slug}`,
            coverUrl: null,
          }}
          siteOrigin={configuredOrigin() ?? ''}
        />
      </div>
    </div>
  );
}
