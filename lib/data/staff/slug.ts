import 'server-only';
import { slugify } from '@/lib/content/slugify';

/** A slug from `title` that `isTaken` rejects no more: "le-khoi-cong", then "le-khoi-cong-2" … */
export async function uniqueSlug(title: string, fallback: string, isTaken: (slug: string) => Promise<boolean>): Promise<string> {
  const base = slugify(title) || fallback;
  if (!(await isTaken(base))) return base;
  for (let suffix = 2; suffix < 1000; suffix += 1) {
    const candidate = `${base}-${suffix}`;
    if (!(await isTaken(candidate))) return candidate;
  }
  return `${base}-${Date.now().toString(36)}`;
}
