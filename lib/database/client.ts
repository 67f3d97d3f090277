import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../generated/prisma/client.ts';

export interface PoolSettings {
  max?: number;
  statementTimeoutMs?: number;
}

/** A Prisma client on adapter-pg with explicit pool limits and timeouts. */
export function createPrismaClient(connectionString: string, pool: PoolSettings = {}): PrismaClient {
  const adapter = new PrismaPg({
    connectionString,
    max: pool.max ?? 10,
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
    statement_timeout: pool.statementTimeoutMs ?? 15_000,
  });
  return new PrismaClient({
    adapter,
    // Secrets never leave the DAL by accident: a query must ask for them explicitly.
    omit: { user: { passwordHash: true, totpSecret: true, totpPendingSecret: true } },
  });
}

export type { PrismaClient };
