import * as fs from "node:fs"
import * as path from "node:path"
import { projectRoot } from "./pipeline.ts"

export interface GoldLine {
  readonly file: string
  readonly line: number
  readonly kind: string
  readonly lang: string
  readonly mt: boolean
}

export interface GoldDocument {
  readonly file: string
  readonly title: string | null
  readonly published: string
  readonly outlet: string | null
  readonly author: string | null
  readonly language: string
  readonly mt: string
}

const rowsOf = (file: string): Array<Record<string, string>> => {
  const [header, ...lines] = fs.readFileSync(file, "utf8").replace(/\n$/u, "").split("\n")
  const names = (header ?? "").split("\t")
  return lines.map((line) => Object.fromEntries(line.split("\t").map((value, i) => [names[i] ?? String(i), value])))
}

const orNull = (value: string | undefined): string | null => (value === undefined || value === "" ? null : value)

export const goldDir = path.join(projectRoot, "tests/gold")

export const readGoldLines = (file = path.join(goldDir, "seeds.lines.tsv")): ReadonlyArray<GoldLine> =>
  rowsOf(file).map((row) => ({
    file: row.file ?? "",
    line: Number(row.line),
    kind: row.kind ?? "",
    lang: row.lang ?? "",
    mt: row.mt === "1"
  }))

export const readGoldDocuments = (file = path.join(goldDir, "seeds.documents.tsv")): ReadonlyArray<GoldDocument> =>
  rowsOf(file).map((row) => ({
    file: row.file ?? "",
    title: orNull(row.title),
    published: row.published ?? "",
    outlet: orNull(row.outlet),
    author: orNull(row.author),
    language: row.language ?? "",
    mt: row.mt ?? ""
  }))
