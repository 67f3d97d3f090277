import { NotFoundContent } from '@/components/site/not-found-content';

// notFound() from a public page: rendered inside the (site) layout, so the menu stays.
export default function SiteNotFound() {
  return <NotFoundContent />;
}
