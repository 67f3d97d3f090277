import type { Metadata } from 'next';
import { connection } from 'next/server';
import { SettingsForm } from '@/components/admin/settings/settings-form';
import { requireAdminPage } from '@/lib/auth/current-user';
import { readSettingsForEdit } from '@/lib/data/staff/settings';
import { TwoFactorPolicyForm } from '@/components/admin/settings/two-factor-policy-form';
import { getTwoFactorPolicy } from '@/lib/data/staff/two-factor';

export const metadata: Metadata = { title: 'Cài đặt', robots: { index: false } };

export default async function SettingsPage() {
  await connection();
  await requireAdminPage('/quan-tri/cai-dat');
  const [settings, twoFactorPolicy] = await Promise.all([readSettingsForEdit(), getTwoFactorPolicy()]);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Cài đặt trang</h1>
      <SettingsForm settings={settings} />
      <TwoFactorPolicyForm policy={twoFactorPolicy} />
    </div>
  );
}
