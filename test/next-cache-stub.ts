// Stands in for `next/cache` when the DAL and server actions run under Vitest: caching is a
// no-op, and invalidations are recorded so tests can assert what an action invalidated.

export const invalidatedTags: string[] = [];

export function cacheTag(..._tags: string[]): void {}
export function cacheLife(_profile: unknown): void {}
export function updateTag(tag: string): void {
  invalidatedTags.push(tag);
}
export function revalidateTag(tag: string, _profile?: unknown): void {
  invalidatedTags.push(tag);
}
export function revalidatePath(path: string): void {
  invalidatedTags.push(`path:${path}`);
}
export function refresh(): void {}
