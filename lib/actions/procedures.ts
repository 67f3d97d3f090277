'use server';

import { cacheTags } from '@/lib/data/cache-tags';
import { deleteProcedure, saveProcedure } from '@/lib/data/staff/procedures';
import { procedureInputSchema } from '@/lib/validation/procedure';
import { recordActions } from './record-actions';

const procedures = recordActions({
  permission: 'procedure.manage',
  noun: 'thủ tục',
  invalidates: () => [cacheTags.procedures],
  messages: { gone: 'Thủ tục này không còn tồn tại.' },
});

/** Creates (no `id`) or updates an administrative procedure from the admin form. */
export const saveProcedureAction = procedures.save(procedureInputSchema, { save: saveProcedure }, 'procedure');
export const deleteProcedureAction = procedures.remove(deleteProcedure);
