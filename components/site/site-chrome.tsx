import { getSiteSettings } from '@/lib/data/settings';
import { newsCategories } from '@/lib/data/categories';
import { siteMenu } from '@/lib/data/menus';
import { MaintenanceBanner } from './maintenance-banner';
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';
import { SiteSidebar } from './site-sidebar';

/** Header, menu, sidebar and footer around a public page (also used by the global 404). */
export async function SiteChrome({ children }: { children: React.ReactNode }) {
  const [settings, categories, headerMenu, footerMenu] = await Promise.all([getSiteSettings(), newsCategories(), siteMenu('HEADER'), siteMenu('FOOTER')]);
  return (
    <>
      <a href="#noi-dung" className="skip-link">
        Bỏ qua, đến nội dung chính
      </a>
      <MaintenanceBanner />
      <SiteHeader siteName={settings['site.name']} categories={categories} menu={headerMenu} />
      <div className="mx-auto grid max-w-6xl gap-8 px-4 py-6 lg:grid-cols-[minmax(0,1fr)_18rem]">
        <main id="noi-dung" tabIndex={-1} className="min-w-0">
          {children}
        </main>
        <SiteSidebar />
      </div>
      <SiteFooter settings={settings} menu={footerMenu} />
    </>
  );
}
