import { beforeEach, describe, expect, it, vi } from 'vitest';
vi.mock('next-auth', () => import('@/test/next-auth-mock'));
import { prisma } from '@/lib/db';
import { can } from '@/lib/auth/permissions';
import { disclosureYears, publishedCatalogEntries, publishedDisclosureItemBySlug, publishedDisclosureItems } from '@/lib/data/disclosure';
import { getStaffCatalogEntry, getStaffDisclosureItem, listStaffCatalogEntries, listStaffDisclosureItems } from '@/lib/data/staff/disclosure';
import { mediaUsage } from '@/lib/data/staff/media';
import { disclosureKindFromSlug } from '@/lib/decree/disclosure';
import { actAs, expectForbidden, expectUnauthorized, signedInAs } from '@/test/act-as';
import { formData } from '@/test/form-data';
import { invalidatedTags } from '@/test/next-cache-stub';
import { actionDefinitionOf } from './define-action';
import { deleteCatalogEntryAction, deleteDisclosureItemAction, saveCatalogEntryAction, saveDisclosureItemAction } from './disclosure';

beforeEach(() => {
  invalidatedTags.length = 0;
});

const NOTICE = {
  kind: 'PROCUREMENT',
  title: 'Gói thầu số 3: Xây dựng trạm xử lý nước thải',
  slug: 'goi-thau-so-3',
  year: '2025',
  publishedOn: '2025-08-01',
  summary: 'Mời thầu rộng rãi.',
  owner: 'Trung tâm Đầu tư phát triển cụm công nghiệp',
  estimatedValueMillionVnd: '12500',
  method: 'Đấu thầu rộng rãi',
  selectionTime: 'Quý III năm 2025',
  procurementStatus: 'OPEN',
  result: '',
  published: 'on',
};

describe('public disclosure', () => {
  it('registry: disclosure.manage for editors and admins, declared on every action', () => {
    expect(['ADMIN', 'EDITOR', 'AUTHOR'].map((role) => can(role as 'ADMIN', 'disclosure.manage'))).toEqual([true, true, false]);
    for (const action of [saveDisclosureItemAction, deleteDisclosureItemAction, saveCatalogEntryAction, deleteCatalogEntryAction])
      expect(actionDefinitionOf(action)?.permission).toBe('disclosure.manage');
    expect(disclosureKindFromSlug('dau-thau')).toBe('PROCUREMENT');
    expect(disclosureKindFromSlug('PROCUREMENT')).toBeNull();
  });

  it('an editor publishes a bidding notice and a report; readers filter by kind and year', async () => {
    const editor = await signedInAs('EDITOR');
    const pdf = await prisma.media.create({
      data: { storageKey: `documents/2026/12/${crypto.randomUUID()}.pdf`, originalName: 'bao-cao.pdf', mimeType: 'application/pdf', byteSize: 9n },
    });
    expect(await saveDisclosureItemAction(null, formData(NOTICE))).toMatchObject({ ok: true, message: 'Đã thêm.' });
    expect(invalidatedTags).toContain('disclosure');
    expect(await prisma.auditLog.count({ where: { action: 'disclosure.create', actorId: editor.id } })).toBe(1);
    // A report keeps no procurement fields even if they were sent.
    const report = await saveDisclosureItemAction(
      null,
      formData({
        ...NOTICE,
        kind: 'BUDGET',
        title: 'Quyết toán ngân sách 2024',
        slug: 'quyet-toan-2024',
        year: '2024',
        reportKind: 'Quyết toán',
        attachmentIds: pdf.id,
      }),
    );
    expect(report.ok).toBe(true);
    await saveDisclosureItemAction(null, formData({ ...NOTICE, kind: 'STATISTICS', title: 'Nháp', slug: 'nhap', published: '' }));

    expect((await publishedDisclosureItems({ kind: 'PROCUREMENT', year: 2025 })).map((item) => item.slug)).toEqual(['goi-thau-so-3']);
    expect(await publishedDisclosureItems({ kind: 'PROCUREMENT', year: 2024 })).toEqual([]);
    expect((await publishedDisclosureItems({ year: 2024 })).map((item) => item.slug)).toEqual(['quyet-toan-2024']);
    expect(await publishedDisclosureItems({ kind: 'STATISTICS' })).toEqual([]);
    expect(await disclosureYears()).toEqual([2025, 2024]);
    const notice = await publishedDisclosureItemBySlug('goi-thau-so-3');
    expect(notice).toMatchObject({ owner: NOTICE.owner, estimatedValueMillionVnd: 12500, procurementStatus: 'OPEN', method: 'Đấu thầu rộng rãi' });
    const budget = await publishedDisclosureItemBySlug('quyet-toan-2024');
    expect(budget).toMatchObject({ kind: 'BUDGET', reportKind: 'Quyết toán', owner: '', estimatedValueMillionVnd: null, procurementStatus: null });
    expect(budget?.attachments.map((file) => file.originalName)).toEqual(['bao-cao.pdf']);
    expect(await publishedDisclosureItemBySlug('nhap')).toBeNull();
    expect((await listStaffDisclosureItems()).length).toBe(3);
    expect((await mediaUsage([pdf.id])).get(pdf.id)?.map((use) => use.kind)).toEqual(['disclosure']);
  });

  it('gives Vietnamese field errors and bad input changes nothing', async () => {
    await signedInAs('ADMIN');
    const before = await prisma.disclosureItem.count();
    const result = await saveDisclosureItemAction(
      null,
      formData({
        ...NOTICE,
        slug: 'loi',
        title: '',
        year: '1800',
        publishedOn: '31/02/2025',
        owner: '',
        procurementStatus: '',
        estimatedValueMillionVnd: '-5',
      }),
    );
    expect(result.ok).toBe(false);
    expect(result.errors).toMatchObject({
      title: ['Tên là bắt buộc.'],
      year: ['Năm từ 1990 đến 2100.'],
      publishedOn: ['Ngày công khai không hợp lệ (dd/mm/yyyy).'],
      owner: ['Gói thầu cần chủ đầu tư hoặc bên mời thầu.'],
      procurementStatus: ['Vui lòng chọn tình trạng gói thầu.'],
      estimatedValueMillionVnd: ['Giá gói thầu không được âm.'],
    });
    expect((await saveDisclosureItemAction(null, formData({ ...NOTICE, kind: 'KHAC', slug: 'loi' }))).errors?.kind).toEqual(['Vui lòng chọn loại thông tin.']);
    const image = await prisma.media.create({
      data: { storageKey: `images/2026/12/${crypto.randomUUID()}.png`, originalName: 'a.png', mimeType: 'image/png', byteSize: 9n },
    });
    expect((await saveDisclosureItemAction(null, formData({ ...NOTICE, slug: 'loi', attachmentIds: image.id }))).errors?.attachmentIds).toEqual([
      'Tệp đính kèm phải là tài liệu PDF hoặc văn bản Word (DOC, DOCX) trong thư viện.',
    ]);
    expect((await saveDisclosureItemAction(null, formData({ ...NOTICE, slug: 'goi-thau-so-3' }))).errors?.slug).toEqual([
      'Đường dẫn "goi-thau-so-3" đã được dùng.',
    ]);
    expect(await saveDisclosureItemAction(null, formData({ ...NOTICE, slug: 'loi', id: crypto.randomUUID() }))).toMatchObject({
      ok: false,
      message: 'Mục này không còn tồn tại.',
    });
    expect(await prisma.disclosureItem.count()).toBe(before);
    expect(invalidatedTags).toEqual([]);
  });

  it('manages the catalog of information that must be published', async () => {
    await signedInAs('EDITOR');
    const created = await saveCatalogEntryAction(
      null,
      formData({
        title: 'Báo cáo thống kê',
        legalBasis: 'Luật Tiếp cận thông tin, Điều 19',
        location: '/cong-khai?loai=thong-ke',
        sortOrder: '2',
        published: 'on',
      }),
    );
    expect(created).toMatchObject({ ok: true, message: 'Đã thêm mục danh mục.' });
    await saveCatalogEntryAction(null, formData({ title: 'Văn bản', location: '/van-ban', sortOrder: '1', published: 'on' }));
    await saveCatalogEntryAction(null, formData({ title: 'Ẩn', location: '/an', sortOrder: '0', published: '' }));
    expect((await publishedCatalogEntries()).map((entry) => entry.title)).toEqual(['Văn bản', 'Báo cáo thống kê']);
    const bad = await saveCatalogEntryAction(null, formData({ title: '', location: 'https://example.com', sortOrder: 'x' }));
    expect(bad.errors).toMatchObject({
      title: ['Thông tin công khai là bắt buộc.'],
      location: ['Nơi đăng là một địa chỉ trên trang, bắt đầu bằng /, ví dụ /van-ban.'],
      sortOrder: ['Thứ tự phải là số.'],
    });
    expect((await saveCatalogEntryAction(null, formData({ title: 'x', location: '//evil.example' }))).errors?.location).toHaveLength(1);
    expect((await listStaffCatalogEntries()).length).toBe(3);

    const id = created.data!.id;
    expect(
      await saveCatalogEntryAction(
        null,
        formData({ id, title: 'Báo cáo thống kê định kỳ', location: '/cong-khai?loai=thong-ke', sortOrder: '2', published: 'on' }),
      ),
    ).toMatchObject({ ok: true, message: 'Đã lưu mục danh mục.' });
    expect((await getStaffCatalogEntry(id))?.title).toBe('Báo cáo thống kê định kỳ');
    expect(await deleteCatalogEntryAction(null, formData({ id }))).toMatchObject({ ok: true });
    expect(await getStaffCatalogEntry(id)).toBeNull();
    expect(await deleteCatalogEntryAction(null, formData({ id }))).toMatchObject({ ok: false, message: 'Mục này không còn tồn tại.' });
  });

  it('authors and anonymous callers change nothing', async () => {
    await signedInAs('EDITOR');
    const id = (await saveDisclosureItemAction(null, formData({ ...NOTICE, slug: 'giu-nguyen' }))).data!.id;
    const entry = (await saveCatalogEntryAction(null, formData({ title: 'Giữ', location: '/giu', published: 'on' }))).data!.id;
    const before = await getStaffDisclosureItem(id);
    for (const who of ['AUTHOR', null] as const) {
      if (who) await signedInAs(who);
      else await actAs(null);
      const expectDenied = who ? expectForbidden : expectUnauthorized;
      await expectDenied(saveDisclosureItemAction(null, formData({ ...NOTICE, id, title: 'Đổi' })));
      await expectDenied(deleteDisclosureItemAction(null, formData({ id })));
      await expectDenied(saveCatalogEntryAction(null, formData({ id: entry, title: 'Đổi', location: '/x' })));
      await expectDenied(deleteCatalogEntryAction(null, formData({ id: entry })));
    }
    expect(await getStaffDisclosureItem(id)).toEqual(before);
    expect((await getStaffCatalogEntry(entry))?.title).toBe('Giữ');
    await signedInAs('ADMIN');
    expect(await deleteDisclosureItemAction(null, formData({ id }))).toMatchObject({ ok: true, message: 'Đã xóa.' });
    expect(await getStaffDisclosureItem(id)).toBeNull();
  });
});
