import { beforeEach, describe, expect, it, vi } from 'vitest';
vi.mock('next-auth', () => import('@/test/next-auth-mock'));
import { prisma } from '@/lib/db';
import { can } from '@/lib/auth/permissions';
import { publishedProjectBySlug, publishedProjects } from '@/lib/data/projects';
import { getStaffProject, listStaffProjects } from '@/lib/data/staff/projects';
import { projectPeriod } from '@/lib/decree/projects';
import { actAs, expectForbidden, expectUnauthorized, signedInAs } from '@/test/act-as';
import { formData } from '@/test/form-data';
import { invalidatedTags } from '@/test/next-cache-stub';
import { deleteProjectAction, saveProjectAction } from './projects';

const INITIAL = { ok: false };
beforeEach(() => {
  invalidatedTags.length = 0;
});
const BASE = {
  title: 'Kế hoạch xúc tiến đầu tư 2026',
  slug: 'ke-hoach-xuc-tien-2026',
  kind: 'PLAN',
  status: 'IN_PROGRESS',
  startYear: '2026',
  endYear: '2027',
  budgetMillionVnd: '1500',
  summary: 'Mục tiêu thu hút 10 dự án.',
  published: 'on',
};

describe('plans, programmes and projects', () => {
  it('registry: project.manage for editors and admins', () => {
    expect(['ADMIN', 'EDITOR', 'AUTHOR'].map((role) => can(role as 'ADMIN', 'project.manage'))).toEqual([true, true, false]);
  });

  it('an editor adds a plan with a Word attachment; readers list it by kind', async () => {
    const editor = await signedInAs('EDITOR');
    const docx = await prisma.media.create({
      data: {
        storageKey: `documents/2026/11/${crypto.randomUUID()}.docx`,
        originalName: 'ke-hoach.docx',
        mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        byteSize: 9n,
      },
    });
    const result = await saveProjectAction(INITIAL, formData({ ...BASE, attachmentIds: docx.id }));
    expect(result).toMatchObject({ ok: true });
    expect(invalidatedTags).toContain('projects');
    expect(await prisma.auditLog.count({ where: { action: 'project.create', actorId: editor.id } })).toBe(1);
    await saveProjectAction(INITIAL, formData({ ...BASE, title: 'Dự án hạ tầng', slug: 'du-an-ha-tang', kind: 'PROJECT', published: '' }));
    expect((await publishedProjects()).map((row) => row.slug)).toEqual(['ke-hoach-xuc-tien-2026']);
    expect(await publishedProjects('PROJECT')).toEqual([]);
    const detail = await publishedProjectBySlug('ke-hoach-xuc-tien-2026');
    expect(detail).toMatchObject({ budgetMillionVnd: 1500, startYear: 2026, endYear: 2027 });
    expect(detail?.attachments.map((file) => file.originalName)).toEqual(['ke-hoach.docx']);
    expect(projectPeriod(detail!)).toBe('2026–2027');
    expect(await publishedProjectBySlug('du-an-ha-tang')).toBeNull();
    expect((await listStaffProjects()).length).toBe(2);
  });

  it('validates in Vietnamese and refuses a taken slug', async () => {
    await signedInAs('ADMIN');
    const result = await saveProjectAction(INITIAL, formData({ ...BASE, title: '', kind: 'X', startYear: '1800', budgetMillionVnd: '-1' }));
    expect(result.errors).toMatchObject({
      title: ['Tên là bắt buộc.'],
      kind: ['Vui lòng chọn loại.'],
      startYear: ['Năm bắt đầu từ 1990 đến 2100.'],
      budgetMillionVnd: ['Kinh phí không được âm.'],
    });
    expect((await saveProjectAction(INITIAL, formData({ ...BASE, startYear: '2026', endYear: '2025' }))).errors?.endYear).toEqual([
      'Năm kết thúc không được trước năm bắt đầu.',
    ]);
    expect((await saveProjectAction(INITIAL, formData({ ...BASE, slug: 'trung' }))).ok).toBe(true);
    expect((await saveProjectAction(INITIAL, formData({ ...BASE, slug: 'trung' }))).errors?.slug).toEqual(['Đường dẫn "trung" đã được dùng.']);
  });

  it('authors and anonymous callers change nothing; editors delete', async () => {
    await signedInAs('EDITOR');
    const id = (await saveProjectAction(INITIAL, formData({ ...BASE, slug: 'giu-nguyen' }))).data!.id;
    const before = await getStaffProject(id);
    await signedInAs('AUTHOR');
    await expectForbidden(saveProjectAction(INITIAL, formData({ ...BASE, id, title: 'Đổi' })));
    await expectForbidden(deleteProjectAction(INITIAL, formData({ id })));
    await actAs(null);
    await expectUnauthorized(deleteProjectAction(INITIAL, formData({ id })));
    expect(await getStaffProject(id)).toEqual(before);
    await signedInAs('EDITOR');
    expect(await deleteProjectAction(INITIAL, formData({ id }))).toMatchObject({ ok: true });
    expect(await getStaffProject(id)).toBeNull();
  });
});
