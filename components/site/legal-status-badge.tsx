import { LEGAL_STATUS_LABELS, type LegalStatus } from '@/lib/decree/legal-documents';

const STYLES: Record<LegalStatus, string> = {
  active: 'bg-green-100 text-green-900 ring-green-300',
  expired: 'bg-red-100 text-red-900 ring-red-300',
  pending: 'bg-amber-100 text-amber-900 ring-amber-300',
};

export function LegalStatusBadge({ status }: { status: LegalStatus }) {
  return (
    <span className={`inline-block whitespace-nowrap rounded px-2 py-0.5 text-xs font-semibold ring-1 ${STYLES[status]}`}>{LEGAL_STATUS_LABELS[status]}</span>
  );
}
