import type { Metadata } from 'next';
import { connection } from 'next/server';
import { requirePermission } from '@/lib/auth/current-user';

export const metadata: Metadata = { title: 'Tổng quan', robots: { index: false } };

export default async function AdminHomePage() {
  await connection();
  const user = await requirePermission('admin.access');
  return (
    <div>
      <h1 className="text-2xl font-bold">Tổng quan</h1>
      <p className="mt-2 text-slate-600">Xin chào {user.name}.</p>
    </div>
  );
}
