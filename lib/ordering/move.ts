// Ordering helpers shared by sortable admin lists (client) and the DAL (server).

/** Moves one id up or down in an ordered list; unchanged at the ends or when absent. */
export function moveInOrder(ids: readonly string[], id: string, direction: 'up' | 'down'): string[] {
  const order = [...ids];
  const index = order.indexOf(id);
  const target = direction === 'up' ? index - 1 : index + 1;
  if (index < 0 || target < 0 || target >= order.length) return order;
  [order[index], order[target]] = [order[target] as string, order[index] as string];
  return order;
}

/** Moves `id` to the position currently held by `targetId` (drag and drop). */
export function moveToPosition(ids: readonly string[], id: string, targetId: string): string[] {
  const from = ids.indexOf(id);
  const to = ids.indexOf(targetId);
  if (from < 0 || to < 0 || from === to) return [...ids];
  const order = ids.filter((existing) => existing !== id);
  order.splice(to, 0, id);
  return order;
}

/** True when `proposed` is exactly `current` in some order (no missing, extra or repeated ids). */
export function isPermutation(current: readonly string[], proposed: readonly string[]): boolean {
  if (current.length !== proposed.length || new Set(proposed).size !== proposed.length) return false;
  const known = new Set(current);
  return proposed.every((id) => known.has(id));
}
