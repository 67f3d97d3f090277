'use client';

import Link from 'next/link';
import { useTransition, type MouseEvent } from 'react';
import { useRouter } from 'next/navigation';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { useToast } from '@/components/ui/toast';
import type { ActionResult } from '@/lib/actions/action-result';

export interface PendingChangesNoticeProps {
  id: string;
  version: number;
  /** The discard action of the content type (articles, pages). */
  discard: (input: { id: string; version: number }) => Promise<ActionResult<unknown>>;
  /** What the publish button is called on this screen ("Cập nhật bài", "Cập nhật trang"). */
  publishLabel: string;
  link: { href: string; label: string };
}

// Issue 18: a published article or page with saved changes readers don't see yet. The
// publish button sits with the form's buttons; this notice links to a preview and discards.
export function PendingChangesNotice({ id, version, discard, publishLabel, link }: PendingChangesNoticeProps) {
  const toast = useToast();
  const router = useRouter();
  const [pending, startTransition] = useTransition();

  function onDiscard(event: MouseEvent) {
    event.preventDefault();
    startTransition(async () => {
      const result = await discard({ id, version });
      if (!result.ok) return void toast.error(result.message);
      toast.success(result.message);
      // The form reopens with the published text (its key names the version).
      router.refresh();
    });
  }

  return (
    <div role="status" className="rounded border border-sky-400 bg-sky-50 p-3" data-testid="pending-changes-notice">
      <p className="font-semibold">Có thay đổi chưa xuất bản</p>
      <p className="text-sm text-slate-700">Bạn đọc vẫn thấy bản đã đăng. Bấm “{publishLabel}” để đăng các thay đổi, hoặc bỏ chúng.</p>
      <div className="mt-2 flex flex-wrap items-center gap-3">
        <Link className="text-brand-700 underline" href={link.href} target="_blank">
          {link.label}
        </Link>
        <ConfirmButton size="sm" variant="secondary" pending={pending} confirmMessage="Bỏ mọi thay đổi chưa xuất bản?" onClick={onDiscard}>
          Bỏ thay đổi
        </ConfirmButton>
      </div>
    </div>
  );
}
