/**
 * The gold pages of `tests/gold/<set>/`: `raw/` holds the pages byte for byte,
 * `lines.tsv` their line labels (a page may have none: page labels only),
 * `documents.tsv` their page labels. Each page is read through the pipeline's
 * own stages (read, decode, unpack, segment), so training sees the segments a
 * run sees.
 */
import * as fs from "node:fs"
import * as path from "node:path"
import type { InputFile, LineSegment, SourceRecord } from "../Document.ts"
import { type GoldDocument, type GoldLine, readGoldDocuments, readGoldLines } from "../evaluate/Gold.ts"
import { lookupOutlet, type OutletIndex } from "../rules/RuleBook.ts"
import { decode } from "../stages/Decode.ts"
import { listInputs, readInput } from "../stages/ReadInput.ts"
import { segment } from "../stages/Segment.ts"
import { unpack } from "../stages/Unpack.ts"

export interface GoldPage {
  readonly set: string
  readonly file: string
  readonly record: SourceRecord
  readonly segments: ReadonlyArray<LineSegment>
  /** The page's line labels; empty for a page labelled as a whole only. */
  readonly lines: ReadonlyArray<GoldLine>
  readonly document: GoldDocument | null
  /** The outlet the page is grouped under for leave-one-outlet-out evaluation. */
  readonly outlet: string
}

export const goldRoot = new URL("../../tests/gold/", import.meta.url)

const foldOutletName = (name: string): string =>
  name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/đ/giu, "d")
    .toLowerCase()
    .replace(/^(?:bao|tap chi|dai)\s+/u, "")
    .replace(/[^a-z0-9]+/gu, "")

/**
 * The outlet group of a page: the outlet table's name for any of the labelled
 * alternatives, else the first alternative folded; a page of no known outlet is
 * its own group.
 */
export const outletGroup = (document: GoldDocument | null, file: string, outlets: OutletIndex): string => {
  const alternatives = (document?.outlet ?? "").split("|").filter((name) => name.trim() !== "")
  for (const name of alternatives) {
    const known = lookupOutlet(outlets, name)
    if (known !== undefined) return known.name
  }
  return alternatives[0] === undefined ? `(unknown) ${file}` : foldOutletName(alternatives[0])
}

const readPage = (file: InputFile): { record: SourceRecord; segments: ReadonlyArray<LineSegment> } | null => {
  const read = readInput(file, Number.MAX_SAFE_INTEGER)
  if (read._tag === "Problem") return null
  const decoded = decode(read.input)
  if (decoded._tag === "Problem") return null
  const record = unpack(decoded.input).records[0]
  if (record === undefined) return null
  return { record, segments: segment(record).segments }
}

/** Every page of every set under `root` (sorted by set and file, so runs are deterministic). */
export const loadGoldPages = (outlets: OutletIndex, root: string = goldRoot.pathname): ReadonlyArray<GoldPage> => {
  const pages: Array<GoldPage> = []
  for (const set of fs.readdirSync(root).sort()) {
    const dir = path.join(root, set)
    if (!fs.existsSync(path.join(dir, "raw"))) continue
    const lines = fs.existsSync(path.join(dir, "lines.tsv")) ? readGoldLines(path.join(dir, "lines.tsv")) : []
    const documents = fs.existsSync(path.join(dir, "documents.tsv"))
      ? readGoldDocuments(path.join(dir, "documents.tsv"))
      : []
    for (const file of listInputs(path.join(dir, "raw")).files) {
      const page = readPage(file)
      if (page === null) continue
      const document = documents.find((doc) => doc.file === file.sourcePath) ?? null
      pages.push({
        set,
        file: file.sourcePath,
        ...page,
        lines: lines.filter((line) => line.file === file.sourcePath),
        document,
        outlet: outletGroup(document, file.sourcePath, outlets)
      })
    }
  }
  return pages
}
