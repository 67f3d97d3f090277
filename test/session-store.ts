import type { Session } from 'next-auth';

// The session the mocked getServerSession returns in this test file (set by actAs).
let current: Session | null = null;

export function setTestSession(session: Session | null): void {
  current = session;
}

export function getTestSession(): Session | null {
  return current;
}
