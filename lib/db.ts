import 'server-only';
import { createPrismaClient, type PrismaClient } from '@/lib/database/client';

// The one Prisma client of the running app. Only the data access layer (lib/data) imports it.
// Created on first use, so that importing the DAL (as `next build` does) needs no database.

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

function client(): PrismaClient {
  if (globalForPrisma.prisma) return globalForPrisma.prisma;
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) {
    throw new Error('DATABASE_URL is not set: start the server with `npm start` or `npm run dev`.');
  }
  globalForPrisma.prisma = createPrismaClient(connectionString, {
    max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
    statementTimeoutMs: Number(process.env.DATABASE_STATEMENT_TIMEOUT_MS ?? 15_000),
  });
  return globalForPrisma.prisma;
}

export const prisma = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const instance = client();
    const value = Reflect.get(instance, property, instance) as unknown;
    return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(instance) : value;
  },
});
