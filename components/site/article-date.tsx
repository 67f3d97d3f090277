import { formatDateTime } from '@/lib/format/date';

export function ArticleDate({ date, className }: { date: Date; className?: string }) {
  return (
    <time dateTime={date.toISOString()} className={className}>
      {formatDateTime(date)}
    </time>
  );
}
