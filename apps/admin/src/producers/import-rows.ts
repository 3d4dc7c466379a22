import { fieldErrors, producerInputSchema, type DomainLocale, type ProducerInput } from '@ocop/domain';
import Papa from 'papaparse';
import * as XLSX from 'xlsx';

/** Columns of the import file: the register's field names, as in the template the console offers. */
export const IMPORT_COLUMNS = [
    'handle',
    'name',
    'kind',
    'registration_number',
    'district',
    'commune',
    'address',
    'representative',
    'phone',
    'email',
    'story_vi',
    'story_en',
    'logo_url',
    'photos',
] as const;

export type RawRow = Record<string, unknown>;

export interface CheckedRow {
    /** 0-based position among the data rows, as the backend names it (`producers.<index>.<field>`). */
    index: number;
    raw: RawRow;
    data?: ProducerInput;
    errors: Record<string, string>;
}

/** An empty template with the header row, for offices that start from scratch. */
export function importTemplate(): string {
    return `${IMPORT_COLUMNS.join(',')}\n`;
}

/** Data rows of a CSV text with a header row; blank lines are skipped. */
export function rowsFromCsv(text: string): RawRow[] {
    const parsed = Papa.parse<RawRow>(text.replace(/^\uFEFF/, ''), {
        header: true,
        skipEmptyLines: 'greedy',
        transformHeader: (h) => h.trim(),
    });
    return parsed.data;
}

/** Data rows of the first sheet of an XLSX (or XLS) workbook, read as text as the office typed it. */
export function rowsFromWorkbook(data: ArrayBuffer): RawRow[] {
    const book = XLSX.read(data, { type: 'array' });
    const first = book.SheetNames[0];
    if (!first) return [];
    return XLSX.utils.sheet_to_json<RawRow>(book.Sheets[first]!, { defval: '', raw: false });
}

/**
 * One spreadsheet row as the producer schema expects it: empty cells are "not given", phone
 * numbers keep their leading zero (spreadsheets drop it from numbers), photos are split on ";".
 */
export function toProducerInput(raw: RawRow): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(raw)) {
        const column = key.trim();
        const text = value === null || value === undefined ? '' : String(value).trim();
        if (column === '' || text === '') continue;
        if (column === 'photos') {
            out.photos = text.split(/[;\n]/).map((s) => s.trim()).filter(Boolean);
        } else if (column === 'phone' && /^[1-9]\d{8}$/.test(text)) {
            out.phone = `0${text}`;
        } else {
            out[column] = text;
        }
    }
    return out;
}

/** Validates every row with the backend's own schema, so the preview shows exactly what the server would refuse. */
export function checkRows(rows: RawRow[], locale: DomainLocale): CheckedRow[] {
    const handles = new Map<string, number>();
    return rows.map((raw, index) => {
        const input = toProducerInput(raw);
        const result = producerInputSchema.safeParse(input);
        const errors = result.success ? {} : fieldErrors(result.error, locale);
        const handle = typeof input.handle === 'string' ? input.handle : null;
        if (handle && handles.has(handle) && !errors.handle) {
            errors.handle =
                locale === 'en'
                    ? `Same handle as row ${handles.get(handle)! + 2}`
                    : `Trùng đường dẫn rút gọn với dòng ${handles.get(handle)! + 2}`;
        }
        if (handle && !handles.has(handle)) handles.set(handle, index);
        return { index, raw, errors, data: result.success && Object.keys(errors).length === 0 ? result.data : undefined };
    });
}

/** Field errors the server answered (`producers.3.phone`) put back on their rows. */
export function applyServerErrors(rows: CheckedRow[], errors: Record<string, string>): CheckedRow[] {
    const byRow = new Map<number, Record<string, string>>();
    for (const [key, message] of Object.entries(errors)) {
        const match = /^producers\.(\d+)\.(.+)$/.exec(key);
        if (!match) continue;
        const index = Number(match[1]);
        byRow.set(index, { ...byRow.get(index), [match[2]!]: message });
    }
    return rows.map((row) => {
        const extra = byRow.get(row.index);
        return extra ? { ...row, errors: { ...row.errors, ...extra }, data: undefined } : row;
    });
}
