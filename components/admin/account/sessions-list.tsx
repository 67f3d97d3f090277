'use client';

import { useActionCall } from '@/components/admin/use-action-form';
import { Button } from '@/components/ui/button';
import { endOtherSessionsAction, endSessionAction } from '@/lib/actions/sessions';

export interface SessionRow {
  id: string;
  device: string;
  ip: string;
  createdAt: string;
  lastSeenAt: string;
  current: boolean;
}

/** The caller's active sessions; dates arrive already formatted (dd/mm/yyyy, Asia/Ho_Chi_Minh). */
export function SessionsList({ sessions }: { sessions: SessionRow[] }) {
  const { run, pending } = useActionCall();
  const others = sessions.filter((session) => !session.current).length;
  return (
    <div className="space-y-3">
      <ul className="divide-y divide-slate-100 rounded border border-slate-200 bg-white" data-testid="sessions">
        {sessions.map((session) => (
          <li key={session.id} className="flex flex-wrap items-center justify-between gap-2 p-3 text-sm" data-session-id={session.id}>
            <div>
              <span className="font-medium">{session.device}</span>
              {session.current ? <span className="ml-2 rounded bg-emerald-100 px-2 py-0.5 text-emerald-900">Phiên này</span> : null}
              <span className="block text-slate-600">
                IP {session.ip} · đăng nhập {session.createdAt} · hoạt động gần nhất {session.lastSeenAt}
              </span>
            </div>
            {session.current ? null : (
              <Button
                size="sm"
                variant="secondary"
                disabled={pending}
                onClick={() => run(() => endSessionAction({ id: session.id }), { refresh: true })}
                aria-label={`Kết thúc phiên ${session.device}, IP ${session.ip}`}
              >
                Kết thúc
              </Button>
            )}
          </li>
        ))}
      </ul>
      {others > 0 ? (
        <Button
          variant="danger"
          disabled={pending}
          onClick={() => {
            if (window.confirm('Kết thúc mọi phiên đăng nhập khác của bạn?')) run(() => endOtherSessionsAction({}), { refresh: true });
          }}
        >
          Kết thúc mọi phiên khác
        </Button>
      ) : null}
    </div>
  );
}
