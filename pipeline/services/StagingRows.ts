/**
 * A table's rows on their way to DuckDB: NDJSON lines written in input order
 * to a file beside the staging database, then loaded with one `read_json`
 * (DuckDB's own threads parse it). Nothing is held in memory but a write
 * buffer of about a megabyte: the rows are on disk until DuckDB reads them.
 */
import * as fs from "node:fs"
import * as zlib from "node:zlib"
import type { ColumnSpec } from "../../schemas/Columns.ts"
import { crc32Combine, FileCrc } from "./Crc32.ts"

const FLUSH_BYTES = 1 << 20
const COPY_BYTES = 4 << 20
/** DuckDB's default largest JSON object; raised to the largest chunk written, which bounds any one row. */
const DEFAULT_OBJECT_BYTES = 16 * 1024 * 1024

export interface StagingRows {
  readonly file: string
  /** The largest chunk written (one file's rows of this table): it bounds any one row. */
  readonly largest: () => number
  /** Raises `largest` to a copied input's rows (`copy` sees runs of inputs, not one input's chunk). */
  readonly atLeast: (bytes: number) => void
  readonly write: (bytes: Uint8Array | string) => void
  /** Bytes written so far (the offset of the next row). */
  readonly offset: () => number
  /** CRC-32 of the bytes written so far (the incremental cache checks its kept rows with it). */
  readonly crc: () => number
  /** Appends `length` bytes of a previous run's kept rows from `position`, 4 MB at a time. */
  readonly copy: (from: KeptRows, position: number, length: number) => void
  /** Flushes and closes the file; the SQL that reads its rows with the given columns. */
  readonly finish: (columns: ReadonlyArray<ColumnSpec>) => string
  /** The SQL that reads another file of these rows (a part of this one) the same way. */
  readonly readPart: (part: string, columns: ReadonlyArray<ColumnSpec>) => string
  readonly remove: () => void
  /** Flushes and closes the file and keeps it (the incremental cache's rows): `remove` no longer deletes it. */
  readonly keep: () => void
}

/**
 * One buffer for every copy: a rebuild copies a range per run of reused inputs (hundreds to
 * thousands), and a buffer of its own each (4 MB, outside the heap) made the main thread's
 * garbage collector its largest cost after the copy itself.
 */
let sharedCopyBuffer: Buffer | undefined
const copyBuffer = (): Buffer => {
  sharedCopyBuffer ??= Buffer.allocUnsafe(COPY_BYTES)
  return sharedCopyBuffer
}

/**
 * A previous run's file of kept rows, read by the copies of a rebuild and checked as it is read
 * (`FileCrc`): `check` at the end of the copies reads only what no copy read.
 */
export class KeptRows {
  readonly fd: number
  private readonly crc: FileCrc
  constructor(
    readonly file: string,
    private readonly recorded: { readonly bytes: number; readonly crc: number }
  ) {
    this.fd = fs.openSync(file, "r")
    this.crc = new FileCrc(this.fd, copyBuffer)
  }
  /** Before a copy from `position`: true when the copied pieces' CRCs are to be `taken`. */
  startCopy(position: number): boolean {
    return this.crc.startCopy(position)
  }
  /** A copied piece's CRC, read from where the last one ended. */
  taken(crc: number, length: number): void {
    this.crc.taken(crc, length)
  }
  /** True when the whole file's size and CRC-32 are those recorded. */
  check(): boolean {
    return fs.fstatSync(this.fd).size === this.recorded.bytes && this.crc.whole() === this.recorded.crc
  }
  close(): void {
    fs.closeSync(this.fd)
  }
}

export const readJsonSql = (file: string, columns: ReadonlyArray<ColumnSpec>, objectBytes: number): string => {
  const types = columns.map((column) => `'${column.name}': '${column.type}'`).join(", ")
  return `read_json('${file.replaceAll("'", "''")}', format = 'newline_delimited', columns = {${types}}, maximum_object_size = ${objectBytes})`
}

export const openStagingRows = (file: string): StagingRows => {
  const fd = fs.openSync(file, "w")
  let open = true
  let pending: Array<Uint8Array> = []
  let pendingBytes = 0
  let largest = 0
  let written = 0
  let crc = 0
  let kept = false
  const flush = () => {
    const data = Buffer.concat(pending, pendingBytes)
    for (let at = 0; at < data.length; ) at += fs.writeSync(fd, data, at)
    pending = []
    pendingBytes = 0
  }
  const objectBytes = () => Math.max(DEFAULT_OBJECT_BYTES, largest + 1)
  const push = (chunk: Uint8Array) => {
    written += chunk.length
    crc = zlib.crc32(chunk, crc)
    pending.push(chunk)
    pendingBytes += chunk.length
    if (pendingBytes >= FLUSH_BYTES) flush()
  }
  const close = () => {
    if (open) {
      flush()
      fs.closeSync(fd)
      open = false
    }
  }
  return {
    file,
    largest: () => largest,
    atLeast: (bytes) => {
      largest = Math.max(largest, bytes)
    },
    write: (bytes) => {
      const chunk = typeof bytes === "string" ? Buffer.from(bytes) : bytes
      if (chunk.length === 0) return
      largest = Math.max(largest, chunk.length)
      push(chunk)
    },
    offset: () => written,
    crc: () => crc,
    copy: (from, position, length) => {
      // straight from one file to the other through one buffer, not through the pending writes
      flush()
      const buffer = copyBuffer()
      const checked = from.startCopy(position)
      for (let done = 0; done < length; ) {
        const read = fs.readSync(from.fd, buffer, 0, Math.min(buffer.length, length - done), position + done)
        if (read === 0) throw new Error(`the cached rows end before byte ${position + length}`)
        const chunk = buffer.subarray(0, read)
        // one CRC of the piece, for both files
        const pieceCrc = zlib.crc32(chunk)
        crc = crc32Combine(crc, pieceCrc, read)
        if (checked) from.taken(pieceCrc, read)
        for (let at = 0; at < read; ) at += fs.writeSync(fd, chunk, at)
        written += read
        done += read
      }
    },
    finish: (columns) => {
      close()
      return readJsonSql(file, columns, objectBytes())
    },
    readPart: (part, columns) => readJsonSql(part, columns, objectBytes()),
    remove: () => {
      close()
      if (!kept) fs.rmSync(file, { force: true })
    },
    keep: () => {
      close()
      kept = true
    }
  }
}
