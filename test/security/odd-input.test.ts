import { describe, expect, it, vi } from 'vitest';
vi.mock('next-auth', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  ...(await import('@/test/next-auth-mock')),
  default: (await importOriginal<{ default: unknown }>()).default,
}));
vi.mock('next/headers', () => import('@/test/next-headers-stub'));
import { NextRequest } from 'next/server';
import { GET as authGet, POST as authPost } from '@/app/api/auth/[...nextauth]/route';
import { saveArticleAction } from '@/lib/actions/articles';
import { decodeActionInput } from '@/lib/actions/define-action';
import { withoutNul } from '@/lib/actions/form-input';
import { authenticate } from '@/lib/data/staff/sign-in';
import { prisma } from '@/lib/db';
import { isMalformedRequestTarget } from '@/lib/http/bad-request';
import { articleAutosaveSchema, bodySchema, DEEP_BODY_MESSAGE } from '@/lib/validation/article';
import { findBodyProblems } from '@/lib/validation/rich-text';
import { signedInAs } from '@/test/act-as';

// Issue 13 item 12: odd input that ended in a 500. Each gets a 4xx with a short Vietnamese
// message (or, for NUL, is cleaned before it reaches PostgreSQL). The production server's own
// answers are checked end to end in e2e/security-odd-input.spec.ts.

describe('request targets', () => {
  it('refuses malformed percent-encoding in the path and NUL anywhere', () => {
    for (const target of ['/media/%zz', '/media/%', '/media/a%ff', '/%zz', '/api/auth/%zz', '/tim-kiem?q=%00', '/tin-tuc/a%00b', '/%E0%A4%A']) {
      expect(isMalformedRequestTarget(target), target).toBe(true);
    }
    for (const target of ['/', '/tin-tuc/tin-moi', '/tim-kiem?q=%zz', '/tim-kiem?q=c%E1%BB%A5m', '/media/images/2026/11/a.webp', '/quan-tri?x=%25']) {
      expect(isMalformedRequestTarget(target), target).toBe(false);
    }
  });
});

describe("next-auth's endpoints", () => {
  const call = (handler: typeof authGet, url: string, init?: ConstructorParameters<typeof NextRequest>[1]) =>
    handler(new NextRequest(url, init), { params: Promise.resolve({ nextauth: [] }) });

  it("answers a GET of the credentials callback with 405, not next-auth's 500", async () => {
    const response = await call(authGet, 'http://localhost:3000/api/auth/callback/credentials');
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
    expect(await response.text()).toMatch(/Phương thức/);
  });

  it('sends an error code that could not go into a Location header to the sign-in page as a plain code', async () => {
    const response = await call(authGet, 'http://localhost:3000/api/auth/error?error=%E2%80%A8');
    expect(response.status).toBe(302);
    expect(new URL(response.headers.get('location') ?? '').searchParams.get('error')).toBe('Default');
    const known = await call(authGet, 'http://localhost:3000/api/auth/error?error=AddressThrottled30');
    expect(new URL(known.headers.get('location') ?? '').searchParams.get('error')).toBe('AddressThrottled30');
  });

  it('answers undecodable and unknown addresses with 400 and 404', async () => {
    expect((await call(authGet, 'http://localhost:3000/api/auth/%zz')).status).toBe(400);
    expect((await call(authGet, 'http://localhost:3000/api/auth/khong-co')).status).toBe(404);
  });

  it('refuses POSTs from other origins before next-auth runs', async () => {
    const response = await call(authPost, 'http://localhost:3000/api/auth/signout', {
      method: 'POST',
      headers: { origin: 'http://evil.example', host: 'localhost:3000' },
    });
    expect(response.status).toBe(403);
  });
});

describe('deeply nested editor documents', () => {
  const nested = (depth: number) => {
    let node: Record<string, unknown> = { type: 'text', text: 'sâu' };
    for (let i = 0; i < depth; i += 1) node = { type: i % 2 ? 'blockquote' : 'paragraph', content: [node] };
    return { type: 'doc', content: [node] };
  };

  it('get a Vietnamese message from every schema and the save action, never a stack overflow', async () => {
    const deep = nested(5_000);
    expect(() => findBodyProblems(deep)).not.toThrow();
    const parsed = bodySchema.safeParse(deep);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe(DEEP_BODY_MESSAGE);
    expect(articleAutosaveSchema.safeParse({ version: 1, title: 'a', summary: '', body: deep }).success).toBe(false);
    await signedInAs('EDITOR');
    const before = await prisma.article.count();
    const state = await saveArticleAction({ ok: false }, {
      title: 'Bài lồng sâu',
      summary: '',
      byline: '',
      slug: 'bai-long-sau',
      categoryId: '',
      coverMediaId: '',
      intent: 'save',
      body: deep,
    } as never);
    expect(state.ok).toBe(false);
    expect(JSON.stringify(state)).toContain('lồng nhau');
    expect(await prisma.article.count()).toBe(before);
  });

  it('still accept ordinary nesting (a list in a table in a quote)', () => {
    expect(bodySchema.safeParse(nested(20)).success).toBe(true);
  });
});

describe('NUL bytes', () => {
  it('are removed from every text value of a submitted form before any schema or query sees them', () => {
    const form = new FormData();
    form.set('title', 'Tiêu\u0000 đề');
    form.set('file', new File(['x'], 'a.png'));
    const clean = withoutNul(form);
    expect(clean.get('title')).toBe('Tiêu đề');
    expect(clean.get('file')).toBeInstanceOf(File);
    expect(decodeActionInput(null, form).input).toMatchObject({ title: 'Tiêu đề' });
  });

  it('in a sign-in email end in a refusal, not a database error', async () => {
    await expect(authenticate({ email: 'ai\u0000@test.local', password: 'mot-mat-khau-dai', ip: '10.77.0.1' })).resolves.toBeNull();
    expect(await prisma.signInAttempt.count({ where: { ip: '10.77.0.1', email: 'ai@test.local' } })).toBe(1);
  });
});
