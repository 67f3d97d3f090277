import { connection } from 'next/server';
import { z } from 'zod';
import type { Prisma } from '@/lib/generated/prisma/client';
import { getCurrentUser } from '@/lib/auth/current-user';
import { can } from '@/lib/auth/permissions';
import { InvalidContentError } from '@/lib/content/render';
import { saveAutosave } from '@/lib/data/staff/article-revisions';
import { autosaveSchema } from '@/lib/validation/article';
import { crossOriginResponse, isSameOriginRequest } from '@/lib/http/request-origin';

const MAX_BYTES = 2_000_000;

// Autosave endpoint: the editor posts here a few seconds after typing stops (fetch keepalive)
// and when the page is hidden or closed (navigator.sendBeacon). Never bumps the version.
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  await connection();
  if (!isSameOriginRequest(request.headers)) return crossOriginResponse();
  const user = await getCurrentUser();
  if (!user) return new Response(null, { status: 401 });
  if (!can(user.role, 'article.editOwn')) return new Response(null, { status: 403 });
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) return new Response(null, { status: 404 });
  const text = await request.text();
  if (text.length > MAX_BYTES) return new Response(null, { status: 413 });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return new Response(null, { status: 400 });
  }
  const parsed = autosaveSchema.safeParse(json);
  if (!parsed.success) return new Response(null, { status: 400 });
  try {
    const saved = await saveAutosave(user, id, { ...parsed.data, body: parsed.data.body as Prisma.InputJsonValue });
    return new Response(null, { status: saved ? 204 : 404 });
  } catch (error) {
    if (error instanceof InvalidContentError) return new Response(null, { status: 400 });
    throw error;
  }
}
