import { describe, expect, it, vi, beforeEach } from 'vitest';
vi.mock('next-auth', () => import('@/test/next-auth-mock'));
import { prisma } from '@/lib/db';
import { can } from '@/lib/auth/permissions';
import { legalDocumentFacets, publishedLegalDocument, searchLegalDocuments } from '@/lib/data/legal-documents';
import { getStaffLegalDocument, legalDocumentChoices, listStaffLegalDocuments } from '@/lib/data/staff/legal-documents';
import { legalStatus } from '@/lib/decree/legal-documents';
import { actAs, expectForbidden, expectUnauthorized, signedInAs } from '@/test/act-as';
import { formData } from '@/test/form-data';
import { invalidatedTags } from '@/test/next-cache-stub';
import { deleteLegalDocumentAction, saveLegalDocumentAction } from './legal-documents';

const INITIAL = { ok: false };
beforeEach(() => {
  invalidatedTags.length = 0;
});

async function pdfMedia(name = 'van-ban.pdf') {
  return prisma.media.create({
    data: { storageKey: `documents/2026/11/${crypto.randomUUID()}.pdf`, originalName: name, mimeType: 'application/pdf', byteSize: 100n },
  });
}

const BASE = {
  documentType: 'NGHI_DINH',
  number: '42/2022/NĐ-CP',
  issuingBody: 'Chính phủ',
  signer: 'Vũ Đức Đam',
  issuedOn: '2022-06-24',
  effectiveOn: '2022-08-01',
  expiresOn: '',
  summary: 'Quy định về việc cung cấp thông tin và dịch vụ công trực tuyến của cơ quan nhà nước trên môi trường mạng',
  field: 'Công nghệ thông tin',
  published: 'on',
};

describe('legal documents', () => {
  it('the registry gives legalDocument.manage to editors and admins only', () => {
    expect(can('ADMIN', 'legalDocument.manage')).toBe(true);
    expect(can('EDITOR', 'legalDocument.manage')).toBe(true);
    expect(can('AUTHOR', 'legalDocument.manage')).toBe(false);
  });

  it('an editor creates a document with a PDF; readers find it by number fragment, summary words without accents, type and year', async () => {
    const editor = await signedInAs('EDITOR');
    const pdf = await pdfMedia();
    const result = await saveLegalDocumentAction(INITIAL, formData({ ...BASE, attachmentIds: pdf.id }));
    expect(result).toMatchObject({ ok: true, message: 'Đã thêm văn bản.' });
    const id = result.data!.id;
    expect(invalidatedTags).toEqual(expect.arrayContaining(['legal-documents', `legal-document:${id}`]));
    expect(await prisma.auditLog.count({ where: { action: 'legalDocument.create', actorId: editor.id, entityId: id } })).toBe(1);

    const draft = await saveLegalDocumentAction(
      INITIAL,
      formData({
        ...BASE,
        number: '15/2023/QĐ-UBND',
        documentType: 'QUYET_DINH',
        issuingBody: 'UBND tỉnh Ninh Bình',
        issuedOn: '2023-03-01',
        effectiveOn: '',
        summary: 'Ban hành quy chế quản lý cụm công nghiệp',
        published: '',
      }),
    );
    expect(draft.ok).toBe(true);

    expect((await searchLegalDocuments({ q: '42/2022' })).items.map((item) => item.number)).toEqual(['42/2022/NĐ-CP']);
    expect((await searchLegalDocuments({ q: '42/2022/nd-cp' })).total).toBe(1);
    expect((await searchLegalDocuments({ q: 'dich vu cong truc tuyen' })).total).toBe(1);
    expect((await searchLegalDocuments({ q: 'quy chế quản lý' })).total).toBe(0); // unpublished
    expect((await searchLegalDocuments({ type: 'NGHI_DINH', year: 2022 })).total).toBe(1);
    expect((await searchLegalDocuments({ type: 'NGHI_DINH', year: 2021 })).total).toBe(0);
    expect((await searchLegalDocuments({ type: 'THONG_TU' })).total).toBe(0);
    expect((await searchLegalDocuments({ issuingBody: 'Chính phủ', field: 'Công nghệ thông tin' })).total).toBe(1);
    expect((await searchLegalDocuments({ q: '100%_' })).total).toBe(0);
    expect(await legalDocumentFacets()).toEqual({ issuingBodies: ['Chính phủ'], fields: ['Công nghệ thông tin'], years: [2022] });

    const detail = await publishedLegalDocument(id);
    expect(detail).toMatchObject({ number: '42/2022/NĐ-CP', signer: 'Vũ Đức Đam', replacedBy: null });
    expect(detail?.attachments).toEqual([expect.objectContaining({ id: pdf.id, mimeType: 'application/pdf', byteSize: 100 })]);
    expect(await publishedLegalDocument(draft.data!.id)).toBeNull();
    expect((await listStaffLegalDocuments()).length).toBe(2);
    expect((await legalDocumentChoices(id)).map((row) => row.number)).toEqual(['15/2023/QĐ-UBND']);
  });

  it('replacement makes the old document expired and links both ways; status follows the dates', async () => {
    await signedInAs('ADMIN');
    const oldDoc = await saveLegalDocumentAction(INITIAL, formData({ ...BASE, number: '43/2011/NĐ-CP', issuedOn: '2011-06-13', effectiveOn: '2011-08-01' }));
    const newDoc = await saveLegalDocumentAction(INITIAL, formData({ ...BASE, number: '42/2022/NĐ-CP-B' }));
    const updated = await saveLegalDocumentAction(
      INITIAL,
      formData({ ...BASE, id: oldDoc.data!.id, number: '43/2011/NĐ-CP', issuedOn: '2011-06-13', effectiveOn: '2011-08-01', replacedById: newDoc.data!.id }),
    );
    expect(updated.ok).toBe(true);
    const old = await publishedLegalDocument(oldDoc.data!.id);
    expect(old?.replacedBy?.number).toBe('42/2022/NĐ-CP-B');
    expect(legalStatus(old!)).toBe('expired');
    expect((await publishedLegalDocument(newDoc.data!.id))?.replaces.map((row) => row.number)).toEqual(['43/2011/NĐ-CP']);
    const day = (value: string) => new Date(`${value}T00:00:00Z`);
    expect(legalStatus({ effectiveOn: day('2022-08-01'), expiresOn: null, replacedById: null }, '2026-01-01')).toBe('active');
    expect(legalStatus({ effectiveOn: day('2027-01-01'), expiresOn: null, replacedById: null }, '2026-01-01')).toBe('pending');
    expect(legalStatus({ effectiveOn: null, expiresOn: day('2026-01-01'), replacedById: null }, '2026-01-01')).toBe('expired');
    const self = await saveLegalDocumentAction(INITIAL, formData({ ...BASE, id: newDoc.data!.id, number: '42/2022/NĐ-CP-B', replacedById: newDoc.data!.id }));
    expect(self.errors?.replacedById).toEqual(['Văn bản không thể thay thế chính nó.']);
  });

  it('validates in Vietnamese, keeps typed values, refuses duplicates and non-document attachments', async () => {
    await signedInAs('EDITOR');
    const typed = {
      documentType: '',
      number: ' ',
      issuingBody: '',
      issuedOn: '2022-13-45',
      effectiveOn: '2020-01-01',
      expiresOn: '',
      summary: 'Giữ lại',
      attachmentIds: 'khong-phai-uuid',
    };
    const result = await saveLegalDocumentAction(INITIAL, formData(typed));
    expect(result.ok).toBe(false);
    expect(result.errors).toMatchObject({
      documentType: ['Vui lòng chọn loại văn bản.'],
      number: ['Số ký hiệu là bắt buộc.'],
      issuingBody: ['Cơ quan ban hành là bắt buộc.'],
      issuedOn: ['Ngày ban hành không hợp lệ.'],
      attachmentIds: ['Tệp đính kèm không hợp lệ.'],
    });
    expect(result.values).toMatchObject(typed);
    const order = await saveLegalDocumentAction(INITIAL, formData({ ...BASE, number: 'X/1', effectiveOn: '2022-01-01', expiresOn: '2021-01-01' }));
    expect(order.errors).toMatchObject({
      effectiveOn: ['Ngày hiệu lực không được trước ngày ban hành.'],
      expiresOn: ['Ngày hết hiệu lực phải sau ngày có hiệu lực.'],
    });

    expect((await saveLegalDocumentAction(INITIAL, formData({ ...BASE, number: 'TRUNG/1' }))).ok).toBe(true);
    expect((await saveLegalDocumentAction(INITIAL, formData({ ...BASE, number: 'TRUNG/1' }))).errors?.number).toEqual(['Đã có văn bản số TRUNG/1.']);
    const image = await prisma.media.create({
      data: { storageKey: `images/2026/11/${crypto.randomUUID()}-320.webp`, originalName: 'a.webp', mimeType: 'image/webp', byteSize: 1n },
    });
    const wrong = await saveLegalDocumentAction(INITIAL, formData({ ...BASE, number: 'ANH/1', attachmentIds: image.id }));
    expect(wrong.errors?.attachmentIds).toEqual(['Tệp đính kèm phải là tài liệu PDF hoặc văn bản Word (DOC, DOCX) trong thư viện.']);
  });

  it('authors and anonymous callers change nothing; editors delete', async () => {
    await signedInAs('EDITOR');
    const created = await saveLegalDocumentAction(INITIAL, formData({ ...BASE, number: 'XOA/1' }));
    const id = created.data!.id;
    const before = await getStaffLegalDocument(id);
    invalidatedTags.length = 0;
    await signedInAs('AUTHOR');
    await expectForbidden(saveLegalDocumentAction(INITIAL, formData({ ...BASE, number: 'MOI/1' })));
    await expectForbidden(saveLegalDocumentAction(INITIAL, formData({ ...BASE, id, number: 'DOI/1' })));
    await expectForbidden(deleteLegalDocumentAction(INITIAL, formData({ id })));
    await actAs(null);
    await expectUnauthorized(deleteLegalDocumentAction(INITIAL, formData({ id })));
    expect(await getStaffLegalDocument(id)).toEqual(before);
    expect(invalidatedTags).toEqual([]);
    await signedInAs('EDITOR');
    expect(await deleteLegalDocumentAction(INITIAL, formData({ id }))).toMatchObject({ ok: true });
    expect(await getStaffLegalDocument(id)).toBeNull();
    expect(await deleteLegalDocumentAction(INITIAL, formData({ id }))).toMatchObject({ ok: false, message: 'Văn bản không còn tồn tại.' });
  });
});
