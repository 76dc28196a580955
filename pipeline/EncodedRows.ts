/**
 * Rows as bytes between the threads. A worker encodes the rows of its batch as
 * NDJSON (one native `JSON.stringify` per row) into one buffer per table, and
 * transfers the buffers with its reply; the main thread only writes those bytes,
 * in input order, to staging files that DuckDB loads with one `read_json` per
 * table at the end (`services/DuckDb.ts`). Before, every row object was cloned
 * between threads and appended value by value on the main thread; measured on
 * the rows of a 50 MB corpus in one process: the clone 5.6 s and the appends
 * 13.5 s (segments alone), against 4–7 s of encoding spread over the workers
 * and 4.4 s of loading in DuckDB's own threads.
 */
import type { DocumentRow } from "../schemas/DocumentRow.ts"
import type { SegmentRow } from "../schemas/SegmentRow.ts"
import type { InputProblem } from "./Document.ts"
import type { FileResult, InputRecord } from "./Process.ts"

/** One file's result with its rows encoded: NDJSON lines of its documents and of their segments. */
export interface EncodedFile {
  readonly reused: boolean
  readonly problems: ReadonlyArray<InputProblem>
  readonly input: InputRecord
  readonly docIds: ReadonlyArray<string>
  readonly documents: Uint8Array
  readonly segments: Uint8Array
}

/** A batch of files: the rows of all its files in one buffer per table, each file's share by byte length. */
export interface EncodedBatch {
  readonly files: ReadonlyArray<Omit<EncodedFile, "documents" | "segments">>
  readonly documentBytes: ReadonlyArray<number>
  readonly segmentBytes: ReadonlyArray<number>
  readonly documents: Uint8Array
  readonly segments: Uint8Array
}

// A lone surrogate (possible in a JSONL input's escapes) would reach DuckDB as `\ud800`,
// which it cannot store: it becomes U+FFFD, as the UTF-8 conversion of a string does.
const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g

const wellFormed = (value: unknown): unknown =>
  typeof value === "string"
    ? value.replace(loneSurrogate, "\ufffd")
    : Array.isArray(value)
      ? value.map(wellFormed)
      : value

/**
 * One row as JSON; a row with a lone surrogate (rare: the escape shows in the text) is encoded again
 * well-formed. `JSON.stringify` writes a lone surrogate as `\udXXX` in lower case: a text without
 * `\ud` holds none (a substring search, not the case-insensitive pattern `\\ud[89a-f]` run over every
 * row before); a text holding it otherwise (a row printing a backslash, then `ud8`) is encoded again
 * to the same bytes, its strings having nothing to replace.
 */
const rowJson = (row: Readonly<Record<string, unknown>>): string => {
  const line = JSON.stringify(row)
  if (!line.includes("\\ud")) return line
  return JSON.stringify(Object.fromEntries(Object.entries(row).map(([key, value]) => [key, wellFormed(value)])))
}

/** One NDJSON line. */
export const rowLine = (row: Readonly<Record<string, unknown>>): string => `${rowJson(row)}\n`

const encoder = new TextEncoder()

/** A string `JSON.stringify` writes as it is between quotes: no quote, backslash, control character nor surrogate. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters JSON.stringify escapes
const escaped = /["\\\u0000-\u001f\ud800-\udfff]/
/**
 * From this length, a string value is written straight into the buffer (shorter ones: in the row's
 * JSON). Measured on the bench's samples: 256 and 1024 slower on 2 KB files, 16384 no better.
 */
const LONG = 4096

const isLong = (value: unknown): value is string => typeof value === "string" && value.length >= LONG

/** A value's JSON as `rowJson` writes it in its row (undefined: a key `JSON.stringify` leaves out). */
const valueJson = (value: unknown): string | undefined => {
  const json = JSON.stringify(value)
  return json?.includes("\\ud") ? JSON.stringify(wellFormed(value)) : json
}

/**
 * NDJSON lines written as UTF-8 straight into a buffer, each row's JSON made once: the bytes
 * `encoder.encode` gives for the lines joined, without joining them into one string (a copy of every
 * row's text, `raw_text` included) nor measuring it before encoding it. Room for 3 bytes per UTF-16
 * unit and a line feed is made before each write, so a write is never cut; the buffer is kept from batch to batch
 * (up to 16 MB) and the batch's bytes copied out once (`take`).
 *
 * A row holding a long string (`text`, `raw_text` of a long paragraph, a document's `text`) is not
 * made into one JSON string: its keys and other values are (each value as `rowJson` writes it,
 * well-formed), and the long string, when `JSON.stringify` would write it as it is (`escaped`), is
 * encoded straight from the row between its quotes. The same bytes as `rowJson`'s line, without
 * building (and escaping character by character) a copy of the text: `JSON.stringify` was most of
 * the encoding's time on 200 KB articles. Every write is well-formed text (JSON text, or a string
 * without surrogates), so `encodeInto` writes what `encode` does.
 */
const KEPT_BYTES = 1 << 24

class LineWriter {
  private bytes = new Uint8Array(1 << 16)
  length = 0

  private write(text: string): void {
    const needed = this.length + 3 * text.length + 1
    if (needed > this.bytes.length) {
      const grown = new Uint8Array(Math.max(needed, 2 * this.bytes.length))
      grown.set(this.bytes.subarray(0, this.length))
      this.bytes = grown
    }
    this.length += encoder.encodeInto(text, this.bytes.subarray(this.length)).written
  }

  row(row: Readonly<Record<string, unknown>>): void {
    if (!isLong(row.text) && !isLong(row.raw_text)) {
      this.write(rowJson(row))
      this.bytes[this.length++] = 10
      return
    }
    let pending = "{"
    let first = true
    for (const key of Object.keys(row)) {
      const value = row[key]
      if (isLong(value) && !escaped.test(value)) {
        this.write(`${pending}${first ? "" : ","}${JSON.stringify(key)}:"`)
        this.write(value)
        pending = '"'
        first = false
        continue
      }
      const json = valueJson(value)
      if (json === undefined) continue
      pending += `${first ? "" : ","}${JSON.stringify(key)}:${json}`
      first = false
    }
    this.write(`${pending}}`)
    this.bytes[this.length++] = 10
  }

  /** Starts a batch. */
  clear(): void {
    this.length = 0
  }

  /** The bytes written, in a buffer of their exact size (the batch's own, to be transferred). */
  take(): Uint8Array {
    const taken = this.bytes.slice(0, this.length)
    // a buffer grown past 16 MB (a batch of long articles, one large file) is not kept between batches
    if (this.bytes.length > KEPT_BYTES) this.bytes = new Uint8Array(1 << 16)
    return taken
  }
}

const documentLines = new LineWriter()
const segmentLines = new LineWriter()

/** Encodes a batch's results; the two buffers are the batch's own, so they can be transferred. */
export const encodeBatch = (results: ReadonlyArray<FileResult>): EncodedBatch => {
  const documents = documentLines
  const segments = segmentLines
  documents.clear()
  segments.clear()
  const documentBytes: Array<number> = []
  const segmentBytes: Array<number> = []
  for (const result of results) {
    const documentsAt = documents.length
    const segmentsAt = segments.length
    for (const output of result.documents) {
      documents.row(output.document)
      for (const segment of output.segments) segments.row(segment)
    }
    documentBytes.push(documents.length - documentsAt)
    segmentBytes.push(segments.length - segmentsAt)
  }
  return {
    files: results.map((result) => ({
      reused: result.reused,
      problems: result.problems,
      input: result.input,
      docIds: result.documents.map((output) => output.document.doc_id)
    })),
    documentBytes,
    segmentBytes,
    documents: documents.take(),
    segments: segments.take()
  }
}

/** The files of a batch, each with its share of the buffers (views, not copies). */
export const filesOf = (batch: EncodedBatch): ReadonlyArray<EncodedFile> => {
  let documentAt = 0
  let segmentAt = 0
  return batch.files.map((file, index) => {
    const documents = batch.documents.subarray(documentAt, documentAt + batch.documentBytes[index]!)
    const segments = batch.segments.subarray(segmentAt, segmentAt + batch.segmentBytes[index]!)
    documentAt += documents.length
    segmentAt += segments.length
    return { ...file, documents, segments }
  })
}

/** One file's result, encoded on its own. */
export const encodeFile = (result: FileResult): EncodedFile => filesOf(encodeBatch([result]))[0]!

const decoder = new TextDecoder()

const linesOf = (bytes: Uint8Array): ReadonlyArray<Record<string, unknown>> =>
  decoder
    .decode(bytes)
    .split("\n")
    .filter((line) => line.length > 0)
    .map((line) => JSON.parse(line) as Record<string, unknown>)

/**
 * The file with its documents under other ids (`old id → new id`): two inputs
 * under two roots with the same relative path and bytes. Rare, so decoded and
 * encoded again here.
 */
export const withDocIds = (file: EncodedFile, ids: ReadonlyMap<string, string>): EncodedFile => {
  const rename = (row: Record<string, unknown>) => ({ ...row, doc_id: ids.get(String(row.doc_id)) ?? row.doc_id })
  const documents = linesOf(file.documents).map(rename) as unknown as ReadonlyArray<DocumentRow>
  const segments = linesOf(file.segments).map(rename) as unknown as ReadonlyArray<SegmentRow>
  return {
    ...file,
    docIds: file.docIds.map((id) => ids.get(id) ?? id),
    documents: encoder.encode(documents.map(rowLine).join("")),
    segments: encoder.encode(segments.map(rowLine).join(""))
  }
}
