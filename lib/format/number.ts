// Counts as Vietnamese readers write them: a dot between thousands (1.000, 12.500).
export function formatCount(value: number): string {
  return Math.trunc(value)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}
