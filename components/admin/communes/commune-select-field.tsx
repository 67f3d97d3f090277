import { SelectField } from '@/components/admin/decree/select-field';
import { communeLabel, type CommuneKindCode } from '@/lib/decree/communes';

export interface CommuneChoice {
  id: string;
  name: string;
  kind: CommuneKindCode;
}

/** The place of a cluster, project or contact since 01/07/2025: one xã, phường or đặc khu from the list. */
export function CommuneSelectField({
  communes,
  defaultValue,
  errors,
}: {
  communes: readonly CommuneChoice[];
  defaultValue: string;
  errors?: readonly string[];
}) {
  return (
    <SelectField
      label="Xã, phường, đặc khu"
      name="communeId"
      defaultValue={defaultValue}
      errors={errors}
      options={[{ value: '', label: 'Chưa chọn' }, ...communes.map((commune) => ({ value: commune.id, label: communeLabel(commune) }))]}
    />
  );
}
