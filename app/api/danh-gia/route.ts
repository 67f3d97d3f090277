import { connection } from 'next/server';
import { clientIpFrom } from '@/lib/auth/client-ip';
import { recordFeedback } from '@/lib/data/feedback';
import { feedbackVoteSchema } from '@/lib/validation/feedback';

// The rating widget posts here from page-cached pages (components/site/feedback-widget.tsx).
// Same-origin only; one vote per visitor, item and day; floods are refused (lib/data/feedback.ts).

const MAX_BYTES = 4_000;

function answer(status: number, message: string): Response {
  return Response.json({ ok: status === 200, message }, { status, headers: { 'cache-control': 'no-store' } });
}

export async function POST(request: Request): Promise<Response> {
  await connection();
  const origin = request.headers.get('origin');
  if (origin && origin !== new URL(request.url).origin && origin !== process.env.SITE_URL) return answer(403, 'Yêu cầu không hợp lệ.');
  const text = await request.text();
  if (text.length > MAX_BYTES) return answer(413, 'Góp ý quá dài.');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return answer(400, 'Yêu cầu không hợp lệ.');
  }
  const parsed = feedbackVoteSchema.safeParse(json);
  if (!parsed.success) return answer(400, parsed.error.issues[0]?.message ?? 'Yêu cầu không hợp lệ.');
  const outcome = await recordFeedback(parsed.data, { ip: clientIpFrom(request.headers), userAgent: request.headers.get('user-agent') ?? '' });
  if (outcome === 'unknown-target') return answer(404, 'Không tìm thấy nội dung được đánh giá.');
  if (outcome === 'duplicate') return answer(409, 'Bạn đã đánh giá nội dung này hôm nay. Cảm ơn bạn!');
  if (outcome === 'flood') return answer(429, 'Bạn đã gửi quá nhiều đánh giá. Vui lòng thử lại sau.');
  return answer(200, 'Cảm ơn bạn đã đánh giá!');
}
