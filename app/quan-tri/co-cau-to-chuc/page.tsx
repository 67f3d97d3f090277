import type { Metadata } from 'next';
import { connection } from 'next/server';
import { RowAction } from '@/components/admin/decree/row-action';
import { UnitForm } from '@/components/admin/organization/unit-form';
import { deleteOrganizationUnitAction } from '@/lib/actions/organization';
import { requireAdminPage } from '@/lib/auth/current-user';
import { listStaffOrganizationUnits, type StaffOrganizationUnit } from '@/lib/data/staff/organization';

export const metadata: Metadata = { title: 'Cơ cấu tổ chức' };

/** Units in tree order (each after its parent), with their depth. */
function treeOrder(units: readonly StaffOrganizationUnit[]): { unit: StaffOrganizationUnit; depth: number }[] {
  const ordered: { unit: StaffOrganizationUnit; depth: number }[] = [];
  const ids = new Set(units.map((unit) => unit.id));
  const visit = (parentId: string | null, depth: number) => {
    for (const unit of units.filter((candidate) => candidate.parentId === parentId)) {
      ordered.push({ unit, depth });
      visit(unit.id, depth + 1);
    }
  };
  visit(null, 0);
  // Units under a parent that no longer exists (never, with the foreign key) would still show.
  for (const unit of units) if (unit.parentId && !ids.has(unit.parentId)) ordered.push({ unit, depth: 0 });
  return ordered;
}

/** The organisation chart (NĐ 224/2026 Đ9 k1b): every unit editable in place, plus a form to add one. */
export default async function OrganizationAdminPage() {
  await connection();
  await requireAdminPage('/quan-tri/co-cau-to-chuc');
  const ordered = treeOrder(await listStaffOrganizationUnits());
  const parents = ordered.map(({ unit, depth }) => ({ id: unit.id, label: `${'— '.repeat(depth)}${unit.name}` }));
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Cơ cấu tổ chức</h1>
      <p className="text-slate-700">
        Các đơn vị hiện trên trang Giới thiệu › Cơ cấu tổ chức, xếp theo cấp (trực thuộc) và thứ tự. Lãnh đạo Trung tâm sửa trong mục Cán bộ, lãnh đạo; lịch sử
        hình thành sửa trong Trang tĩnh.
      </p>
      {ordered.map(({ unit, depth }) => (
        <div key={unit.id} className="space-y-2" style={{ marginLeft: `${Math.min(depth, 4) * 1.5}rem` }}>
          <UnitForm initial={unit} parents={parents.filter((parent) => parent.id !== unit.id)} />
          <RowAction
            action={deleteOrganizationUnitAction}
            fields={{ id: unit.id }}
            label={`Xóa ${unit.name}`}
            variant="danger"
            confirm={`Xóa ${unit.name} khỏi sơ đồ tổ chức?`}
          />
        </div>
      ))}
      <section aria-labelledby="them-don-vi" className="space-y-2">
        <h2 id="them-don-vi" className="text-lg font-bold">
          Thêm đơn vị
        </h2>
        <UnitForm
          parents={parents}
          initial={{ name: '', parentId: null, duties: '', head: '', phone: '', email: '', sortOrder: ordered.length, published: true }}
        />
      </section>
    </div>
  );
}
