import { SiteChromeOnRequest } from '@/components/site/site-chrome-on-request';

export default function SiteLayout({ children }: { children: React.ReactNode }) {
  return <SiteChromeOnRequest fallback={<div className="min-h-screen" aria-busy="true" />}>{children}</SiteChromeOnRequest>;
}
