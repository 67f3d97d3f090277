import { beforeEach, describe, expect, it, vi } from 'vitest';
vi.mock('next-auth', () => import('@/test/next-auth-mock'));
import { prisma } from '@/lib/db';
import { getSiteSettings } from '@/lib/data/settings';
import { invalidatedTags } from '@/test/next-cache-stub';
import { actAs, expectForbidden, formData } from '@/test/act-as';
import { saveSettingsAction } from './settings';

const valid = {
  site_name: 'Trung tâm Đầu tư phát triển cụm công nghiệp tỉnh Ninh Bình',
  site_description: 'Cổng thông tin',
  contact_address: 'Số 1, đường Lê Hồng Phong, TP Ninh Bình',
  contact_phone: '0229 3871 234',
  contact_fax: '0229 3871 235',
  contact_email: 'ttccn@ninhbinh.gov.vn',
  footer_text: 'Bản quyền thuộc về Trung tâm',
};

beforeEach(() => {
  invalidatedTags.length = 0;
});

describe('saveSettingsAction', () => {
  it('saves every setting, audits old → new, and invalidates the settings tag', async () => {
    await prisma.siteSetting.create({ data: { key: 'contact.phone', value: '0229 000 000' } });
    await actAs('ADMIN');
    const result = await saveSettingsAction(null, formData(valid));
    expect(result.ok).toBe(true);
    expect(await getSiteSettings()).toEqual({
      'site.name': valid.site_name,
      'site.description': valid.site_description,
      'contact.address': valid.contact_address,
      'contact.phone': valid.contact_phone,
      'contact.fax': valid.contact_fax,
      'contact.email': valid.contact_email,
      'footer.text': valid.footer_text,
    });
    expect(invalidatedTags).toContain('settings');
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: 'settings.update' } });
    expect(audit.summary).toMatchObject({ 'contact.phone': { from: '0229 000 000', to: valid.contact_phone } });

    invalidatedTags.length = 0;
    expect((await saveSettingsAction(null, formData(valid))).message).toBe('Không có thay đổi nào.');
    expect(invalidatedTags).not.toContain('settings');
  });

  it('returns Vietnamese field errors and keeps the typed values', async () => {
    await actAs('ADMIN');
    const bad = { ...valid, site_name: '', contact_email: 'khong-hop-le', contact_phone: '<script>', contact_fax: 'fax: abc' };
    const result = await saveSettingsAction(null, formData(bad));
    expect(result.ok).toBe(false);
    expect(result.errors).toMatchObject({ site_name: ['Tên cơ quan là bắt buộc.'], contact_email: ['Email không hợp lệ.'] });
    expect(result.errors?.contact_phone?.[0]).toMatch(/chữ số/);
    expect(result.errors?.contact_fax?.[0]).toMatch(/Số fax chỉ gồm chữ số/);
    expect(result.values).toEqual(bad);
  });

  it.each(['EDITOR', 'AUTHOR'] as const)('is forbidden for %s and changes nothing', async (role) => {
    await actAs(role);
    const before = await prisma.siteSetting.findMany({ orderBy: { key: 'asc' } });
    await expectForbidden(saveSettingsAction(null, formData({ ...valid, site_name: 'Bị đổi' })));
    expect(await prisma.siteSetting.findMany({ orderBy: { key: 'asc' } })).toEqual(before);
    expect(invalidatedTags).toEqual([]);
  });
});
