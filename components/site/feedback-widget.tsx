'use client';

import { useId, useState, type FormEvent } from 'react';

export type FeedbackTargetKind = 'article' | 'page' | 'procedure' | 'question';

const LEVELS = ['Không hữu ích', 'Ít hữu ích', 'Bình thường', 'Hữu ích', 'Rất hữu ích'] as const;

/**
 * "Thông tin này có hữu ích không?": 1–5 and an optional comment, posted from the browser to
 * /api/danh-gia, so it works on pages served from the full-page cache. Place it on any item:
 * `<FeedbackWidget kind="procedure" targetId={procedure.code} />`.
 */
export function FeedbackWidget({ kind, targetId }: { kind: FeedbackTargetKind; targetId: string }) {
  const id = useId();
  const [score, setScore] = useState(0);
  const [state, setState] = useState<{ sending: boolean; done: boolean; message: string; error: boolean }>({
    sending: false,
    done: false,
    message: '',
    error: false,
  });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!score) {
      setState({ sending: false, done: false, message: 'Vui lòng chọn mức đánh giá từ 1 đến 5.', error: true });
      return;
    }
    const comment = String(new FormData(event.currentTarget).get('comment') ?? '');
    setState({ sending: true, done: false, message: 'Đang gửi…', error: false });
    try {
      const response = await fetch('/api/danh-gia', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ kind, id: targetId, score, comment }),
      });
      const body = (await response.json()) as { message?: string };
      const done = response.ok || response.status === 409;
      setState({ sending: false, done, message: body.message ?? 'Không gửi được đánh giá.', error: !response.ok });
    } catch {
      setState({ sending: false, done: false, message: 'Không gửi được đánh giá. Vui lòng thử lại.', error: true });
    }
  }

  return (
    <section aria-labelledby={`${id}-title`} className="no-print mt-8 rounded border border-slate-200 bg-white p-4">
      <h2 id={`${id}-title`} className="font-bold text-brand-800">
        Thông tin này có hữu ích không?
      </h2>
      {state.done ? (
        <p role="status" className="mt-2 font-semibold text-green-800">
          {state.message}
        </p>
      ) : (
        <form onSubmit={submit} className="mt-2 space-y-3" aria-labelledby={`${id}-title`}>
          <fieldset>
            <legend className="text-sm text-slate-700">Mức độ hài lòng (1 thấp nhất, 5 cao nhất)</legend>
            <div className="mt-1 flex flex-wrap gap-2">
              {LEVELS.map((label, index) => (
                <label
                  key={label}
                  className="flex cursor-pointer items-center gap-1 rounded border border-slate-300 px-2 py-1 text-sm has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50"
                >
                  <input type="radio" name="score" value={index + 1} checked={score === index + 1} onChange={() => setScore(index + 1)} />
                  <span>
                    {index + 1} – {label}
                  </span>
                </label>
              ))}
            </div>
          </fieldset>
          <label className="block text-sm text-slate-700">
            Góp ý thêm (không bắt buộc)
            <textarea name="comment" rows={2} maxLength={1000} className="mt-1 block w-full rounded border border-slate-300 px-3 py-2 text-slate-900" />
          </label>
          <button
            type="submit"
            disabled={state.sending}
            className="rounded bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
          >
            Gửi đánh giá
          </button>
          <p role="status" className={`text-sm ${state.error ? 'text-red-700' : 'text-slate-700'}`}>
            {state.message}
          </p>
        </form>
      )}
    </section>
  );
}
