/**
 * The last resort of the table write. Rows are loaded with one `read_json` per
 * table (`DuckDb.ts`); DuckDB refuses the whole statement for one value it
 * cannot store. `StorableRows.ts` keeps such rows out before they are written;
 * should one get past it, the load is not the run's end: the staged file is
 * loaded again in parts of at most PART_BYTES, in order, and a part that is
 * refused is cut in two until the refused rows are alone. Those are returned
 * (the caller turns them into rejects), every other row is loaded, in the
 * order it was staged. Memory: one part at a time.
 */
import * as fs from "node:fs"
import type { DuckDBConnection } from "@duckdb/node-api"

const PART_BYTES = 8 * 1024 * 1024
const READ_BYTES = 1024 * 1024

export interface RefusedRow {
  /** The NDJSON line DuckDB refused. */
  readonly line: string
  /** DuckDB's message, first line. */
  readonly reason: string
}

/**
 * The errors a row's values cause. Any other (out of memory, a full disk) is
 * no row's fault: it ends the load as before, rather than rejecting every row.
 */
const valueError = /^(?:Invalid Input|Constraint|Conversion) Error/

export const refusesValues = (error: unknown): boolean => error instanceof Error && valueError.test(error.message)

const firstLine = (error: unknown): string =>
  (error instanceof Error ? error.message : String(error)).split("\n")[0]!.slice(0, 300)

/** The lines of an NDJSON file, as byte slices with their newline, in parts of about `partBytes`. */
function* partsOf(file: string, partBytes: number): Generator<Array<Buffer>> {
  const fd = fs.openSync(file, "r")
  try {
    let carry = Buffer.alloc(0)
    let part: Array<Buffer> = []
    let size = 0
    const buffer = Buffer.alloc(READ_BYTES)
    for (;;) {
      const read = fs.readSync(fd, buffer, 0, READ_BYTES, null)
      const data = read === 0 ? carry : Buffer.concat([carry, buffer.subarray(0, read)])
      let start = 0
      for (let end = data.indexOf(10, start); end >= 0; end = data.indexOf(10, start)) {
        const line = Buffer.from(data.subarray(start, end + 1))
        start = end + 1
        part.push(line)
        size += line.length
        if (size >= partBytes) {
          yield part
          part = []
          size = 0
        }
      }
      carry = Buffer.from(data.subarray(start))
      if (read === 0) {
        // a last line without its newline
        if (carry.length > 0) part.push(Buffer.concat([carry, Buffer.from("\n")]))
        break
      }
    }
    if (part.length > 0) yield part
  } finally {
    fs.closeSync(fd)
  }
}

/**
 * Loads the rows of `file` into `table` with `insert(source)` (`source` the
 * SQL that reads a file of rows); returns the rows DuckDB refused, after
 * loading all the others in order. `scratch` is a file path for the parts.
 */
export const loadRefusing = async (
  connection: DuckDBConnection,
  file: string,
  insert: (file: string) => string,
  scratch: string,
  partBytes = PART_BYTES
): Promise<ReadonlyArray<RefusedRow>> => {
  try {
    await connection.run(insert(file))
    return []
  } catch (error) {
    // refused: the statement changed nothing; find the rows, part by part
    if (!refusesValues(error)) throw error
  }
  const refused: Array<RefusedRow> = []
  const load = async (lines: ReadonlyArray<Buffer>): Promise<void> => {
    fs.writeFileSync(scratch, Buffer.concat(lines))
    try {
      await connection.run(insert(scratch))
      return
    } catch (error) {
      if (!refusesValues(error)) throw error
      if (lines.length === 1) {
        refused.push({ line: lines[0]!.toString("utf8").trimEnd(), reason: firstLine(error) })
        return
      }
    }
    const half = Math.ceil(lines.length / 2)
    await load(lines.slice(0, half))
    await load(lines.slice(half))
  }
  try {
    for (const part of partsOf(file, partBytes)) await load(part)
  } finally {
    fs.rmSync(scratch, { force: true })
  }
  return refused
}
