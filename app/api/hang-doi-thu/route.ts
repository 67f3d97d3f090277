import { connection } from 'next/server';
import { processMailQueue } from '@/lib/data/mail-queue';
import { processPasswordResetRequests } from '@/lib/data/password-reset';
import { processAskerNotifications } from '@/lib/data/staff/notifications';
import { crossOriginResponse, isSameOriginRequest } from '@/lib/http/request-origin';
import { isSchedulerToken } from '@/lib/scheduler/token';

// The mail worker's tick (lib/scheduler/start.ts): turn "Quên mật khẩu" requests and answers
// owed to askers (Hỏi đáp) into mails, then send what is due in the outbound queue.
export async function POST(request: Request): Promise<Response> {
  if (!isSameOriginRequest(request.headers)) return crossOriginResponse();
  await connection();
  if (!isSchedulerToken(request.headers.get('x-scheduler-token'))) return new Response(null, { status: 403 });
  const resetLinks = await processPasswordResetRequests();
  const answers = await processAskerNotifications();
  return Response.json({ resetLinks, answers, ...(await processMailQueue()) });
}
