// The search requests of the benchmark (scripts/bench.ts) and of the query-plan check
// (scripts/explain-search.ts): "cong nghiep" plus two place or topic words, pages 1-3, so the
// plans checked are the plans of the queries timed.

const WORDS = [
  'gia vien',
  'nho quan',
  'yen mo',
  'yen khanh',
  'kim son',
  'hoa lu',
  'tam diep',
  'ninh phong',
  'khanh phu',
  'dong huong',
  'gia van',
  'xich tho',
  'doanh nghiep',
  'nha dau tu',
  'ha tang',
  'co khi',
  'may mac',
  'nuoc thai',
  'dien mat troi',
  'linh kien',
  'hop tac xa',
  'tien do',
  'von',
  'lao dong',
  'giai phong mat bang',
];

export interface BenchSearch {
  query: string;
  page: number;
}

/** 1,875 searches: every ordered pair of words, three pages each. */
export function benchSearches(): BenchSearch[] {
  return WORDS.flatMap((first) => WORDS.flatMap((second) => [1, 2, 3].map((page) => ({ query: `cong nghiep ${first} ${second}`, page }))));
}
