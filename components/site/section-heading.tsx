import Link from 'next/link';

/** The blue-underlined block title of the portal, with an optional "see more" link. */
export function SectionHeading({
  id,
  children,
  href,
  more,
  level = 'h2',
}: {
  id: string;
  children: React.ReactNode;
  href?: string;
  more?: string;
  level?: 'h1' | 'h2';
}) {
  const Heading = level;
  return (
    <div className="mb-4 flex items-end justify-between gap-4 border-b-2 border-brand-700 pb-2">
      <Heading id={id} className="text-xl font-bold uppercase text-brand-800">
        {children}
      </Heading>
      {href && more && (
        <Link href={href} className="shrink-0 text-sm text-brand-700 underline-offset-2 hover:underline">
          {more}
          <span aria-hidden="true"> ›</span>
        </Link>
      )}
    </div>
  );
}
