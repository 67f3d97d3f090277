import type { Session } from 'next-auth';
import { getTestSession } from './session-store';

// Replaces the 'next-auth' module in tests that call `vi.mock('next-auth', () => import('@/test/next-auth-mock'))`:
// getServerSession answers with whatever actAs() chose. Production code has no test hook.

export async function getServerSession(..._args: unknown[]): Promise<Session | null> {
  return getTestSession();
}

export default function NextAuth(): never {
  throw new Error('The next-auth route handler is not available in unit tests.');
}
