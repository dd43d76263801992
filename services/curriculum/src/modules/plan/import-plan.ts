import ExcelJS from 'exceljs';
import { badInput } from '@dnevnik/errors';
import type { CurriculumContext } from '../../context.js';
import type { Plan } from './plan.entities.js';
import { parsePlanCsv, parsePlanRows } from './plan.rules.js';
import { submitPlan } from './submit-plan.js';

export interface ImportResult {
  plan: Plan | null;
  errors: { row: number; message: string }[];
}

const MAX_IMPORT_BYTES = 2 * 1024 * 1024;

/** S6: a plan from a CSV or XLSX file; every bad row is reported, nothing is saved until all pass. */
export async function importPlan(
  ctx: CurriculumContext,
  input: { assignmentId: string; format: 'csv' | 'xlsx'; contentBase64: string },
): Promise<ImportResult> {
  const bytes = Buffer.from(input.contentBase64, 'base64');
  if (bytes.length === 0) throw badInput('Файл пуст.');
  if (bytes.length > MAX_IMPORT_BYTES) throw badInput('Файл больше 2 МБ.');
  let parsed: ReturnType<typeof parsePlanCsv>;
  if (input.format === 'csv') {
    parsed = parsePlanCsv(bytes.toString('utf8'));
  } else {
    const workbook = new ExcelJS.Workbook();
    try {
      await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    } catch {
      throw badInput('Не удалось прочитать файл XLSX.');
    }
    const sheet = workbook.worksheets[0];
    if (!sheet) throw badInput('В файле нет листов.');
    const rows: unknown[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row) => {
      const values = row.values as unknown[];
      rows.push(
        values
          .slice(1)
          .map((v) =>
            v && typeof v === 'object' && 'result' in v ? (v as { result: unknown }).result : v,
          ),
      );
    });
    parsed = parsePlanRows(rows);
  }
  if (parsed.errors.length > 0) return { plan: null, errors: parsed.errors };
  return {
    plan: await submitPlan(ctx, { assignmentId: input.assignmentId, topics: parsed.topics }),
    errors: [],
  };
}
