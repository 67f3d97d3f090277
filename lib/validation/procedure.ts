import { z } from 'zod';
import { isGovernmentPortalUrl, PROCEDURE_LEVELS } from '@/lib/decree/procedures';
import { slugSchema } from './article';
import { optionalText, requiredText } from './common';
import { idList } from './legal-document';

const checkbox = z.preprocess((value) => value === true || value === 'on' || value === 'true', z.boolean());

/** Ids sent as repeated checkbox values, one comma-separated string, or an array. */
const documentIds = z.preprocess(
  (value) =>
    typeof value === 'string'
      ? value
          .split(',')
          .map((item) => item.trim())
          .filter(Boolean)
      : (value ?? []),
  z.array(z.uuid('Văn bản căn cứ không hợp lệ.')).max(30, 'Tối đa 30 văn bản căn cứ.'),
);

export const procedureInputSchema = z.object({
  name: requiredText('Tên thủ tục', 500),
  slug: slugSchema,
  code: optionalText('Mã thủ tục', 50),
  field: requiredText('Lĩnh vực', 200),
  agency: requiredText('Cơ quan thực hiện', 300),
  level: z.enum(PROCEDURE_LEVELS, 'Vui lòng chọn cấp thực hiện.'),
  processingTime: optionalText('Thời hạn giải quyết', 500),
  fees: optionalText('Phí, lệ phí', 1000),
  documents: optionalText('Thành phần hồ sơ', 10_000),
  steps: optionalText('Trình tự thực hiện', 10_000),
  nationalPortalUrl: optionalText('Địa chỉ trên Cổng Dịch vụ công quốc gia', 2000).refine(
    (value) => value === '' || isGovernmentPortalUrl(value),
    'Địa chỉ phải là trang https thuộc tên miền gov.vn, ví dụ https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1.009740.',
  ),
  note: optionalText('Ghi chú', 1000),
  legalBasisIds: documentIds,
  formIds: idList,
  published: checkbox.default(false),
});

export type ProcedureInput = z.output<typeof procedureInputSchema>;
