/**
 * `pnpm evaluate --html-eval DIR [--per-page] [--json]`: runs the pipeline's
 * HTML path (read, decode, unpack, the cleaning stages, rows) over a main-text
 * extraction benchmark laid out as `DIR/evaldata.json` + `DIR/pages/` +
 * `DIR/score.mjs` (trafilatura's evaluation set, `../shared/html-eval`),
 * writes `documents.text` of each page to `<file>.txt` in a temporary folder
 * and lets the benchmark's own scorer count the snippets. The scorer is run as
 * its own process, so the figures are the benchmark's, not ours.
 */
import { execFileSync } from "node:child_process"
import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"
import { processDocument, type StageContext, StageTimer } from "../Process.ts"
import { buildRows } from "../stages/BuildRows.ts"
import { decode } from "../stages/Decode.ts"
import { readInput } from "../stages/ReadInput.ts"
import { unpack } from "../stages/Unpack.ts"

interface EvalEntry {
  readonly file: string
}

export interface HtmlEvalScores {
  readonly precision: number
  readonly recall: number
  readonly accuracy: number
  readonly f1: number
  readonly tp: number
  readonly fp: number
  readonly fn: number
  readonly tn: number
}

export interface HtmlEvalResult {
  readonly pages: number
  readonly bytes: number
  readonly seconds: number
  readonly mbPerSecond: number
  readonly scores: HtmlEvalScores
  /** The scorer's own report, as it printed it. */
  readonly scorerOutput: string
}

const MAX_BYTES = 64 * 1024 * 1024

/** The clean text of one page, as `documents.text` would hold it; empty when the page is refused. */
export const extractPageText = (absolutePath: string, context: StageContext, timer = new StageTimer()): string => {
  const file = { sourcePath: path.basename(absolutePath), absolutePath, format: "html" as const }
  const read = readInput(file, MAX_BYTES)
  if (read._tag === "Problem") return ""
  const decoded = decode(read.input)
  if (decoded._tag === "Problem") return ""
  return unpack(decoded.input)
    .records.map((record) => buildRows(processDocument(record, context, timer), "eval", "eval").document.text)
    .join("\n\n")
}

export const runHtmlEval = (
  dir: string,
  context: StageContext,
  options: { readonly perPage: boolean; readonly keep?: string },
  progress: (done: number, total: number) => void = () => {}
): HtmlEvalResult => {
  const entries = JSON.parse(fs.readFileSync(path.join(dir, "evaldata.json"), "utf8")) as ReadonlyArray<EvalEntry>
  const out = options.keep ?? fs.mkdtempSync(path.join(os.tmpdir(), "tinsach-html-eval-"))
  fs.mkdirSync(out, { recursive: true })
  let bytes = 0
  const started = performance.now()
  entries.forEach((entry, index) => {
    const page = path.join(dir, "pages", entry.file)
    bytes += fs.existsSync(page) ? fs.statSync(page).size : 0
    fs.writeFileSync(path.join(out, `${entry.file}.txt`), extractPageText(page, context))
    progress(index + 1, entries.length)
  })
  const seconds = (performance.now() - started) / 1000
  const scorer = path.join(dir, "score.mjs")
  const json = JSON.parse(execFileSync(process.execPath, [scorer, out, "--json"], { encoding: "utf8" })) as Record<
    string,
    number
  >
  const scorerOutput = execFileSync(process.execPath, [scorer, out, ...(options.perPage ? ["--per-page"] : [])], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024
  })
  if (options.keep === undefined) fs.rmSync(out, { recursive: true, force: true })
  const pick = (key: string): number => Number(json[key] ?? Number.NaN)
  return {
    pages: entries.length,
    bytes,
    seconds,
    mbPerSecond: bytes / 1e6 / seconds,
    scores: {
      precision: pick("precision"),
      recall: pick("recall"),
      accuracy: pick("accuracy"),
      f1: pick("f1"),
      tp: pick("tp"),
      fp: pick("fp"),
      fn: pick("fn"),
      tn: pick("tn")
    },
    scorerOutput
  }
}

export const formatHtmlEval = (result: HtmlEvalResult): string =>
  [
    result.scorerOutput.trimEnd(),
    "",
    `${result.pages} pages, ${(result.bytes / 1e6).toFixed(1)} MB in ${result.seconds.toFixed(1)} s: ${result.mbPerSecond.toFixed(2)} MB/s (one process, extraction only)`
  ].join("\n")
