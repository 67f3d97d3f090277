import type { Metadata } from 'next';
import { connection } from 'next/server';
import { RecordTable } from '@/components/admin/decree/record-table';
import { deleteProcedureAction } from '@/lib/actions/procedures';
import { requireAdminPage } from '@/lib/auth/current-user';
import { listStaffProcedures } from '@/lib/data/staff/procedures';
import { PROCEDURE_LEVEL_LABELS, type ProcedureLevelCode } from '@/lib/decree/procedures';

export const metadata: Metadata = { title: 'Thủ tục hành chính' };

export default async function ProceduresAdminPage() {
  await connection();
  await requireAdminPage('/quan-tri/thu-tuc');
  const procedures = await listStaffProcedures();
  return (
    <RecordTable
      heading="Thủ tục hành chính"
      createHref="/quan-tri/thu-tuc/moi"
      createLabel="Thêm thủ tục"
      records={procedures}
      name={(procedure) => procedure.name}
      nameHeader="Tên thủ tục"
      editBase="/quan-tri/thu-tuc"
      emptyText="Chưa có thủ tục nào."
      columns={[
        { header: 'Lĩnh vực', cell: (procedure) => procedure.field },
        { header: 'Cơ quan thực hiện', cell: (procedure) => procedure.agency },
        { header: 'Cấp', cell: (procedure) => PROCEDURE_LEVEL_LABELS[procedure.level as ProcedureLevelCode] },
      ]}
      remove={deleteProcedureAction}
    />
  );
}
