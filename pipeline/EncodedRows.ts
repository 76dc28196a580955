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
import type { DocumentOutput, FileResult, InputRecord } from "./Process.ts"

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
const escapedSurrogate = /\\ud[89a-f]/i

const wellFormed = (value: unknown): unknown =>
  typeof value === "string"
    ? value.replace(loneSurrogate, "\ufffd")
    : Array.isArray(value)
      ? value.map(wellFormed)
      : value

/** One NDJSON line; a row with a lone surrogate (rare: the escape shows in the line) is encoded again well-formed. */
export const rowLine = (row: Readonly<Record<string, unknown>>): string => {
  const line = JSON.stringify(row)
  if (!escapedSurrogate.test(line)) return `${line}\n`
  return `${JSON.stringify(Object.fromEntries(Object.entries(row).map(([key, value]) => [key, wellFormed(value)])))}\n`
}

const documentLines = (documents: ReadonlyArray<DocumentOutput>): string =>
  documents.map((output) => rowLine(output.document)).join("")

const segmentLines = (documents: ReadonlyArray<DocumentOutput>): string =>
  documents.map((output) => output.segments.map(rowLine).join("")).join("")

const encoder = new TextEncoder()

/**
 * The texts as UTF-8, one after the other in one buffer of the exact size, with each one's byte
 * length: the bytes `encoder.encode(texts.join(""))` gives (each text is whole lines), without
 * building the joined string and encoding it again.
 */
const encodeTexts = (texts: ReadonlyArray<string>): { readonly bytes: Uint8Array; readonly lengths: Array<number> } => {
  const lengths = texts.map((text) => Buffer.byteLength(text))
  let total = 0
  for (const length of lengths) total += length
  const bytes = new Uint8Array(total)
  let offset = 0
  for (let i = 0; i < texts.length; i++) {
    encoder.encodeInto(texts[i]!, bytes.subarray(offset))
    offset += lengths[i]!
  }
  return { bytes, lengths }
}

/** Encodes a batch's results; the two buffers are the batch's own, so they can be transferred. */
export const encodeBatch = (results: ReadonlyArray<FileResult>): EncodedBatch => {
  const documents = encodeTexts(results.map((result) => documentLines(result.documents)))
  const segments = encodeTexts(results.map((result) => segmentLines(result.documents)))
  return {
    files: results.map((result) => ({
      reused: result.reused,
      problems: result.problems,
      input: result.input,
      docIds: result.documents.map((output) => output.document.doc_id)
    })),
    documentBytes: documents.lengths,
    segmentBytes: segments.lengths,
    documents: documents.bytes,
    segments: segments.bytes
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
