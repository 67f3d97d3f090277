import Link from 'next/link';

// notFound() from an English page (the proxy normally answers missing pages first): the English
// chrome stays around it.
export default function EnglishNotFound() {
  return (
    <section aria-labelledby="not-found">
      <h1 id="not-found" className="text-2xl font-bold text-brand-800">
        Page not found
      </h1>
      <p className="mt-3 text-slate-700">The page you are looking for does not exist or has been removed.</p>
      <p className="mt-6">
        <Link href="/en" className="font-semibold text-brand-700 underline underline-offset-2">
          English home page
        </Link>
      </p>
    </section>
  );
}
