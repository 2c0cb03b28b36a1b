/** One column of a CSV file: its header and how a row's cell is read. */
export interface CsvColumn<T> {
  header: string;
  value: (row: T) => string | number | boolean | null | undefined;
}

/** Spreadsheets read UTF-8 (Cyrillic, Kazakh letters) only when the file says so with a BOM. */
export const UTF8_BOM = '\uFEFF';

/**
 * A cell a spreadsheet would run as a formula: = + - @ and tab or carriage return in front
 * (OWASP's list). Unlike papaparse's built-in pattern, this one also catches a multi-line cell.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Rows as CSV for spreadsheets: UTF-8 with a BOM, CRLF line ends, quoted where needed, and any
 * text cell that would start a formula prefixed with an apostrophe so it stays text. Numbers stay
 * numbers (a negative number is not a formula). papaparse is loaded only when a file is made.
 */
export async function toCsv<T>(
  rows: readonly T[],
  columns: readonly CsvColumn<T>[],
): Promise<string> {
  const { default: Papa } = await import('papaparse');
  const data = rows.map((row) => columns.map((column) => column.value(row) ?? ''));
  const text = Papa.unparse(
    { fields: columns.map((c) => c.header), data },
    { escapeFormulae: FORMULA_START, newline: '\r\n', header: true },
  );
  return `${UTF8_BOM}${text}\r\n`;
}
