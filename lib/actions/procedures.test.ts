import { beforeEach, describe, expect, it, vi } from 'vitest';
vi.mock('next-auth', () => import('@/test/next-auth-mock'));
import { prisma } from '@/lib/db';
import { can } from '@/lib/auth/permissions';
import { procedureFacets, publishedProcedureBySlug, publishedProcedureSlugs, searchProcedures } from '@/lib/data/procedures';
import { getStaffProcedure, legalBasisOptions, listStaffProcedures } from '@/lib/data/staff/procedures';
import { mediaUsage } from '@/lib/data/staff/media';
import { actAs, expectForbidden, expectUnauthorized, signedInAs } from '@/test/act-as';
import { formData } from '@/test/form-data';
import { invalidatedTags } from '@/test/next-cache-stub';
import { actionDefinitionOf } from './define-action';
import { deleteProcedureAction, saveProcedureAction } from './procedures';

beforeEach(() => {
  invalidatedTags.length = 0;
});

const BASE = {
  name: 'Thủ tục thuê đất trong cụm công nghiệp',
  slug: 'thue-dat-trong-cum-cong-nghiep',
  code: '1.000001',
  field: 'Đất đai',
  agency: 'Sở Nông nghiệp và Môi trường',
  level: 'PROVINCE',
  processingTime: '20 ngày làm việc',
  fees: 'Không',
  documents: 'Đơn đề nghị\nBản sao giấy chứng nhận đăng ký doanh nghiệp',
  steps: 'Nộp hồ sơ\nNhận kết quả',
  nationalPortalUrl: 'https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1.000001',
  note: '',
  published: 'on',
};

async function legalDocument(number: string, published = true) {
  return prisma.legalDocument.create({
    data: {
      documentType: 'NGHI_DINH',
      number,
      issuingBody: 'Chính phủ',
      issuedOn: new Date('2024-03-15'),
      summary: 'Về quản lý, phát triển cụm công nghiệp',
      published,
    },
  });
}

describe('administrative procedures', () => {
  it('registry: procedure.manage for editors and admins, declared on both actions', () => {
    expect(['ADMIN', 'EDITOR', 'AUTHOR'].map((role) => can(role as 'ADMIN', 'procedure.manage'))).toEqual([true, true, false]);
    expect(actionDefinitionOf(saveProcedureAction)?.permission).toBe('procedure.manage');
    expect(actionDefinitionOf(deleteProcedureAction)?.permission).toBe('procedure.manage');
  });

  it('an editor adds a procedure with its legal basis and a form; readers find it without diacritics', async () => {
    const editor = await signedInAs('EDITOR');
    const decree = await legalDocument('32/2024/NĐ-CP');
    const draft = await legalDocument('1/2026/NĐ-CP', false);
    const form = await prisma.media.create({
      data: { storageKey: `documents/2026/12/${crypto.randomUUID()}.pdf`, originalName: 'mau-don.pdf', mimeType: 'application/pdf', byteSize: 9n },
    });
    const result = await saveProcedureAction(null, formData({ ...BASE, legalBasisIds: `${decree.id},${draft.id}`, formIds: form.id }));
    expect(result).toMatchObject({ ok: true, message: 'Đã thêm thủ tục.' });
    expect(invalidatedTags).toContain('procedures');
    expect(await prisma.auditLog.count({ where: { action: 'procedure.create', actorId: editor.id } })).toBe(1);
    await saveProcedureAction(
      null,
      formData({ ...BASE, name: 'Cấp giấy phép xây dựng', slug: 'giay-phep-xay-dung', field: 'Xây dựng', agency: 'Sở Xây dựng', published: '' }),
    );

    // Typed without diacritics (đ → d), any case; the draft is not public.
    const hits = await searchProcedures({ q: 'THUE DAT cum cong nghiep' });
    expect(hits.map((hit) => hit.slug)).toEqual(['thue-dat-trong-cum-cong-nghiep']);
    expect(hits[0]!.nameSegments.filter((segment) => segment.match).map((segment) => segment.text)).toEqual(['thuê', 'đất', 'cụm', 'công', 'nghiệp']);
    expect(await searchProcedures({ q: 'dat', field: 'Đất đai', agency: 'Sở Nông nghiệp và Môi trường' })).toHaveLength(1);
    expect(await searchProcedures({ field: 'Xây dựng' })).toEqual([]);
    expect(await searchProcedures({ q: 'giay phep' })).toEqual([]);
    expect(await searchProcedures({ q: "%' OR 1=1 --\u0000" })).toEqual([]);
    expect(await procedureFacets()).toEqual({ fields: ['Đất đai'], agencies: ['Sở Nông nghiệp và Môi trường'] });

    const detail = await publishedProcedureBySlug('thue-dat-trong-cum-cong-nghiep');
    expect(detail).toMatchObject({ level: 'PROVINCE', nationalPortalUrl: BASE.nationalPortalUrl, code: '1.000001' });
    // Only published documents are linked.
    expect(detail?.legalBasis.map((row) => row.number)).toEqual(['32/2024/NĐ-CP']);
    expect(detail?.forms.map((file) => file.originalName)).toEqual(['mau-don.pdf']);
    expect(await publishedProcedureBySlug('giay-phep-xay-dung')).toBeNull();
    expect((await publishedProcedureSlugs()).map((row) => row.slug)).toEqual(['thue-dat-trong-cum-cong-nghiep']);
    expect((await listStaffProcedures()).map((row) => row.slug).sort()).toEqual(['giay-phep-xay-dung', 'thue-dat-trong-cum-cong-nghiep']);
    expect((await legalBasisOptions()).map((row) => row.number)).toContain('1/2026/NĐ-CP');
    // The media library knows the form is in use.
    expect((await mediaUsage([form.id])).get(form.id)?.map((use) => use.kind)).toEqual(['procedure']);
  });

  it('gives Vietnamese field errors and bad input changes nothing', async () => {
    await signedInAs('ADMIN');
    const initial = await prisma.administrativeProcedure.count();
    const result = await saveProcedureAction(
      null,
      formData({ ...BASE, name: ' ', field: '', agency: '', level: 'HUYEN', slug: 'Có Dấu', nationalPortalUrl: 'javascript:alert(1)' }),
    );
    expect(result.ok).toBe(false);
    expect(result.errors).toMatchObject({
      name: ['Tên thủ tục là bắt buộc.'],
      field: ['Lĩnh vực là bắt buộc.'],
      agency: ['Cơ quan thực hiện là bắt buộc.'],
      level: ['Vui lòng chọn cấp thực hiện.'],
      slug: ['Đường dẫn chỉ gồm chữ thường không dấu, số và dấu gạch ngang.'],
    });
    expect(result.errors?.nationalPortalUrl?.[0]).toMatch(/^Địa chỉ phải là trang https thuộc tên miền gov.vn/);
    expect(result.values?.name).toBe(' ');
    expect(
      (await saveProcedureAction(null, formData({ ...BASE, nationalPortalUrl: 'https://dichvucong.gov.vn.evil.example/x' }))).errors?.nationalPortalUrl,
    ).toHaveLength(1);
    const image = await prisma.media.create({
      data: { storageKey: `images/2026/12/${crypto.randomUUID()}.png`, originalName: 'anh.png', mimeType: 'image/png', byteSize: 9n },
    });
    expect((await saveProcedureAction(null, formData({ ...BASE, formIds: image.id }))).errors?.formIds).toEqual([
      'Tệp đính kèm phải là tài liệu PDF hoặc văn bản Word (DOC, DOCX) trong thư viện.',
    ]);
    expect((await saveProcedureAction(null, formData({ ...BASE, legalBasisIds: crypto.randomUUID() }))).errors?.legalBasisIds).toEqual([
      'Văn bản căn cứ không còn tồn tại, hãy tải lại trang.',
    ]);
    expect(await prisma.administrativeProcedure.count()).toBe(initial);
    expect(invalidatedTags).toEqual([]);

    expect((await saveProcedureAction(null, formData({ ...BASE, slug: 'trung' }))).ok).toBe(true);
    expect((await saveProcedureAction(null, formData({ ...BASE, slug: 'trung' }))).errors?.slug).toEqual(['Đường dẫn "trung" đã được dùng.']);
    expect(await saveProcedureAction(null, formData({ ...BASE, id: crypto.randomUUID() }))).toMatchObject({
      ok: false,
      message: 'Thủ tục này không còn tồn tại.',
    });
    expect(await prisma.administrativeProcedure.count()).toBe(initial + 1);
  });

  it('authors and anonymous callers change nothing; editors update and delete', async () => {
    await signedInAs('EDITOR');
    const id = (await saveProcedureAction(null, formData({ ...BASE, slug: 'giu-nguyen' }))).data!.id;
    const before = await getStaffProcedure(id);
    await signedInAs('AUTHOR');
    await expectForbidden(saveProcedureAction(null, formData({ ...BASE, id, name: 'Đổi' })));
    await expectForbidden(deleteProcedureAction(null, formData({ id })));
    await actAs(null);
    await expectUnauthorized(saveProcedureAction(null, formData({ ...BASE, id, name: 'Đổi' })));
    await expectUnauthorized(deleteProcedureAction(null, formData({ id })));
    expect(await getStaffProcedure(id)).toEqual(before);

    const editor = await signedInAs('EDITOR');
    expect(await saveProcedureAction(null, formData({ ...BASE, id, slug: 'giu-nguyen', published: '' }))).toMatchObject({
      ok: true,
      message: 'Đã lưu thủ tục.',
    });
    expect(await prisma.auditLog.count({ where: { action: 'procedure.unpublish', actorId: editor.id } })).toBe(1);
    expect(await deleteProcedureAction(null, formData({ id: 'khong-phai-uuid' }))).toMatchObject({ ok: false, message: 'Thủ tục này không còn tồn tại.' });
    expect(await deleteProcedureAction(null, formData({ id }))).toMatchObject({ ok: true, message: 'Đã xóa thủ tục.' });
    expect(await getStaffProcedure(id)).toBeNull();
    expect(await deleteProcedureAction(null, formData({ id }))).toMatchObject({ ok: false });
  });
});
