/**
 * Regression floors of the HTML path, on pages committed here (never the
 * public benchmark, which is not in the repo):
 * - the fixture pages of `tests/fixtures/html/`, scored as the benchmark
 *   scores (snippets that must and must not be in `documents.text`, after
 *   whitespace normalisation);
 * - the dev set's HTML pages: every line the gold labels title or body stays
 *   title or body.
 */
import * as fs from "node:fs"
import * as path from "node:path"
import { describe, expect, it } from "@effect/vitest"
import { readGoldLines } from "../pipeline/evaluate/Gold.ts"
import { extractPageText } from "../pipeline/evaluate/HtmlEval.ts"
import { processDocument } from "../pipeline/Process.ts"
import { decode } from "../pipeline/stages/Decode.ts"
import { readInput } from "../pipeline/stages/ReadInput.ts"
import { unpack } from "../pipeline/stages/Unpack.ts"
import { detect, projectRoot, rules } from "./support/pipeline.ts"

const context = { rules, detect }
const fixtures = path.join(projectRoot, "tests/fixtures/html")
const normalize = (text: string): string => text.replace(/\s+/gu, " ").trim()

interface Snippets {
  readonly file: string
  readonly with: ReadonlyArray<string>
  readonly without: ReadonlyArray<string>
}

describe("HTML regression floors", () => {
  it("keeps every snippet of the articles and none of the site around them, on the fixture pages", () => {
    const pages = JSON.parse(fs.readFileSync(path.join(fixtures, "snippets.json"), "utf8")) as ReadonlyArray<Snippets>
    const report = pages.map((page) => {
      const text = normalize(extractPageText(path.join(fixtures, page.file), context))
      return {
        file: page.file,
        missed: page.with.filter((snippet) => !text.includes(normalize(snippet))),
        leaked: page.without.filter((snippet) => text.includes(normalize(snippet)))
      }
    })
    expect(report.filter((page) => page.missed.length + page.leaked.length > 0)).toEqual([])
  })

  it("keeps every title and body line of the dev set's HTML pages as content", () => {
    const dev = path.join(projectRoot, "tests/gold/dev")
    const gold = readGoldLines(path.join(dev, "lines.tsv")).filter((line) => line.file.endsWith(".html"))
    const files = [...new Set(gold.map((line) => line.file))]
    expect(files.length).toBeGreaterThanOrEqual(9)
    const lost: Array<string> = []
    for (const file of files) {
      const read = readInput({ sourcePath: file, absolutePath: path.join(dev, "raw", file), format: "html" }, 1 << 26)
      if (read._tag !== "Loaded") throw new Error(`cannot read ${file}`)
      const decoded = decode(read.input)
      if (decoded._tag !== "Decoded") throw new Error(`cannot decode ${file}`)
      const doc = processDocument(unpack(decoded.input).records[0]!, context)
      for (const line of gold) {
        if (line.file !== file || (line.kind !== "body" && line.kind !== "title")) continue
        const covering = doc.segments.find((s) => s.lineStart <= line.line && line.line <= s.lineEnd)
        if (covering === undefined || (covering.kind !== "body" && covering.kind !== "title"))
          lost.push(`${file}:${line.line} ${covering?.kind ?? "none"}`)
      }
    }
    expect(lost).toEqual([])
  })
})
