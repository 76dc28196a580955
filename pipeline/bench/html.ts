/**
 * `pnpm bench:html`: the speed of the HTML path, beside `pnpm bench`'s text corpus.
 *
 * The corpus (`HtmlCorpus.ts`) is the pages of a main-text benchmark when one is given or lies in
 * `../shared/html-eval/pages` (real pages of many sites, 56 MB), else the repo's own HTML pages
 * repeated up to `--size` MB. Three figures, each in MB of raw HTML per second of one core:
 *   1. segment: parse, cut into blocks, find the article (`segmentHtml`), in this process;
 *   2. stages: read, decode and every cleaning stage (what a worker does per file), in this process;
 *   3. process: `pnpm pipeline --workers 1` in a child process, start, DuckDB, Parquet and CSV
 *      included: the first run after the build (which removes V8's code caches: this run compiles
 *      the bundles and writes them), then `cached`, the same run again with them, as every later
 *      run starts (what `pnpm bench` prints for its HTML corpus, there the median of three runs).
 * CPU seconds are the process's user + system time, so the figures hold per core
 * when other jobs share the machine; wall seconds are printed beside them.
 *
 *   pnpm bench:html [--corpus DIR] [--size MB]
 */
import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"
import { parseArgs } from "node:util"
import { Either } from "effect"
import { Config } from "../Config.ts"
import { extractPageText } from "../evaluate/HtmlEval.ts"
import { buildRuleBook, defaultRuleTables } from "../rules/RuleBook.ts"
import { makeEldDetector } from "../services/Eld.ts"
import { segmentHtml } from "../stages/SegmentHtml.ts"
import { buildBundles, makeHtmlCorpus, runHtmlPipeline } from "./HtmlCorpus.ts"

const root = path.resolve(import.meta.dirname, "../..")
const { values } = parseArgs({ options: { corpus: { type: "string" }, size: { type: "string", default: "20" } } })
const sizeMb = Number(values.size)
if (!(sizeMb > 0)) {
  process.stderr.write("bench:html: --size must be a positive number of MB\n")
  process.exit(2)
}
const say = (line: string) => process.stdout.write(`${line}\n`)

const cpuSeconds = (since: NodeJS.CpuUsage): number => {
  const used = process.cpuUsage(since)
  return (used.user + used.system) / 1e6
}

const timed = (run: () => void): { readonly cpu: number; readonly wall: number } => {
  const cpu = process.cpuUsage()
  const wall = performance.now()
  run()
  return { cpu: cpuSeconds(cpu), wall: (performance.now() - wall) / 1000 }
}

const corpus = makeHtmlCorpus(root, sizeMb, values.corpus)
const files = corpus.files
const texts = files.map((file) => fs.readFileSync(file, "utf8"))
const mb = corpus.megabytes
say(`corpus: ${files.length} pages, ${mb.toFixed(1)} MB from ${corpus.source}`)
say(
  `machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, Node ${process.version}; MB/s of one core (CPU time)`
)
const line = (name: string, time: { readonly cpu: number; readonly wall: number }) =>
  say(
    `${name.padEnd(8)} ${(mb / time.cpu).toFixed(2).padStart(6)} MB/s per core  (${time.cpu.toFixed(1)} s CPU, ${time.wall.toFixed(1)} s wall)`
  )

segmentHtml(texts[0]!) // warm the parser up
line(
  "segment",
  timed(() => {
    for (const text of texts) segmentHtml(text)
  })
)
const rules = Either.getOrThrow(buildRuleBook(defaultRuleTables))
const context = { rules, detect: makeEldDetector(Config.language.detectable) }
line(
  "stages",
  timed(() => {
    for (const file of files) extractPageText(file, context)
  })
)
buildBundles(root)
line("process", runHtmlPipeline(root, corpus))
line("cached", runHtmlPipeline(root, corpus))
fs.rmSync(corpus.dir, { recursive: true, force: true })
