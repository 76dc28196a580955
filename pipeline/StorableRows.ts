/**
 * Rows the table write would refuse, found before they are written. The rows
 * reach DuckDB as NDJSON loaded by one `read_json` per table at the end of the
 * run (`services/DuckDb.ts`); one value it cannot store (a `DATE` of
 * `2022-02-29`, a `NULL` in a `NOT NULL` column, which is what JSON makes of
 * `NaN` or `undefined`, an integer beyond 32 bits) refuses the whole load, so
 * every article's rows are checked here, against the columns' DuckDB types,
 * and an article with such a row becomes a reject (`malformed`) instead of
 * failing the run. `services/RefusedRows.ts` is the last resort for what gets
 * past this check.
 */
import { type ColumnSpec, columnsOf } from "../schemas/Columns.ts"
import { type TableName, Tables } from "../schemas/Tables.ts"
import type { DocumentOutput } from "./Process.ts"

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/
/** The form the pipeline writes (`isoTimestamp`), which DuckDB reads as the instant it says. */
const isoTimestamp = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:Z|[+-](\d{2}):(\d{2}))$/
const MAX_OFFSET_MINUTES = 14 * 60

const isCalendarDay = (year: number, month: number, day: number): boolean =>
  year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate()

const dateProblem = (value: string): string | null => {
  const parts = isoDate.exec(value)
  return parts !== null && isCalendarDay(Number(parts[1]), Number(parts[2]), Number(parts[3]))
    ? null
    : "is not a calendar date"
}

const timestampProblem = (value: string): string | null => {
  const parts = isoTimestamp.exec(value)
  if (parts === null) return "is not an ISO 8601 timestamp with a zone"
  if (!isCalendarDay(Number(parts[1]), Number(parts[2]), Number(parts[3]))) return "is not a calendar date"
  if (Number(parts[4]) > 23 || Number(parts[5]) > 59 || Number(parts[6]) > 59) return "is not a time of day"
  const offsetMinutes = parts[7] === undefined ? 0 : Number(parts[7]) * 60 + Number(parts[8])
  if (Number(parts[8] ?? 0) > 59 || offsetMinutes > MAX_OFFSET_MINUTES) return "has no such UTC offset"
  return null
}

const INT32 = 2 ** 31

/** Why DuckDB would refuse `value` in a column of this type, or null. */
const valueProblem = (column: ColumnSpec, value: unknown): string | null => {
  if (value === null || value === undefined) return column.nullable ? null : "is missing (NULL in a NOT NULL column)"
  switch (column.type) {
    case "VARCHAR":
      return typeof value === "string" ? null : "is not text"
    case "VARCHAR[]":
      return Array.isArray(value) && value.every((item) => typeof item === "string") ? null : "is not a list of text"
    case "BOOLEAN":
      return typeof value === "boolean" ? null : "is not a boolean"
    case "INTEGER":
      return Number.isInteger(value) && (value as number) >= -INT32 && (value as number) < INT32
        ? null
        : "is not a 32-bit integer"
    case "BIGINT":
      return Number.isSafeInteger(value) ? null : "is not an integer"
    case "DOUBLE":
      // JSON writes NaN and the infinities as null
      return Number.isFinite(value) ? null : "is not a finite number"
    case "DATE":
      return typeof value === "string" ? dateProblem(value) : "is not a date"
    case "TIMESTAMP WITH TIME ZONE":
      return typeof value === "string" ? timestampProblem(value) : "is not a timestamp"
    default:
      return null
  }
}

const columns: Readonly<Record<TableName, ReadonlyArray<ColumnSpec>>> = {
  documents: columnsOf(Tables.documents),
  segments: columnsOf(Tables.segments),
  rejects: columnsOf(Tables.rejects)
}

const shown = (value: unknown): string => {
  const text =
    value === undefined || (typeof value === "number" && !Number.isFinite(value))
      ? String(value)
      : JSON.stringify(value)
  return text.length > 40 ? `${text.slice(0, 40)}…` : text
}

/** Why one row of `table` could not be stored (`table.column <value> <why>`), or null. */
export const rowProblem = (table: TableName, row: Readonly<Record<string, unknown>>): string | null => {
  for (const column of columns[table]) {
    const value = row[column.name]
    const problem = valueProblem(column, value)
    if (problem !== null) return `${table}.${column.name} ${shown(value)} ${problem}`
  }
  return null
}

/** Why an article's rows (its document and its segments) could not all be stored, or null. */
export const unstorable = (output: DocumentOutput): string | null => {
  const document = rowProblem("documents", output.document)
  if (document !== null) return document
  for (const segment of output.segments) {
    const problem = rowProblem("segments", segment)
    if (problem !== null) return `${problem} (segment ${segment.seq})`
  }
  return null
}
