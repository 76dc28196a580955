/**
 * `pnpm bench:html`: the speed of the HTML path, beside `pnpm bench`'s text corpus.
 *
 * The corpus is the pages of a main-text benchmark when one is given or lies in
 * `../shared/html-eval/pages` (real pages of many sites, 56 MB), else the repo's
 * own HTML pages (the dev set's and the fixtures) repeated up to `--size` MB.
 * Three figures, each in MB of raw HTML per second of one core:
 *   1. segment: parse, cut into blocks, find the article (`segmentHtml`), in this process;
 *   2. stages: read, decode and every cleaning stage (what a worker does per file), in this process;
 *   3. process: `pnpm pipeline --workers 1` in a child process, start, DuckDB, Parquet and CSV included:
 *      the first run after the build (which removes V8's code caches: this run compiles the bundles
 *      and writes them), then `cached`, the same run again with them, as every later run starts.
 * CPU seconds are the process's user + system time, so the figures hold per core
 * when other jobs share the machine; wall seconds are printed beside them.
 *
 *   pnpm bench:html [--corpus DIR] [--size MB]
 */
import { spawnSync } from "node:child_process"
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
import { pipelineNodeFlags } from "./NodeFlags.ts"

const root = path.resolve(import.meta.dirname, "../..")
const { values } = parseArgs({ options: { corpus: { type: "string" }, size: { type: "string", default: "20" } } })
const sizeMb = Number(values.size)
if (!(sizeMb > 0)) {
  process.stderr.write("bench:html: --size must be a positive number of MB\n")
  process.exit(2)
}
const say = (line: string) => process.stdout.write(`${line}\n`)

const htmlFiles = (dir: string): Array<string> =>
  fs
    .readdirSync(dir)
    .filter((name) => /\.html?$/u.test(name))
    .sort()
    .map((name) => path.join(dir, name))

/** The benchmark's pages up to the size, or the repo's pages repeated up to it, copied into one folder. */
const makeCorpus = (): { readonly dir: string; readonly source: string } => {
  const shared = path.resolve(root, "../shared/html-eval/pages")
  const given = values.corpus ?? (fs.existsSync(shared) ? shared : undefined)
  const pages =
    given !== undefined
      ? htmlFiles(given)
      : [...htmlFiles(path.join(root, "tests/gold/dev/raw")), ...htmlFiles(path.join(root, "tests/fixtures/html"))]
  if (pages.length === 0) throw new Error("bench:html: no HTML page to read")
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tinsach-bench-html-"))
  let bytes = 0
  for (let i = 0; bytes < sizeMb * 1e6; i++) {
    const page = pages[i % pages.length]!
    if (given !== undefined && i >= pages.length) break
    const target = path.join(dir, `${String(i).padStart(5, "0")}-${path.basename(page)}`)
    fs.copyFileSync(page, target)
    bytes += fs.statSync(target).size
  }
  return { dir, source: given ?? "the repo's HTML pages, repeated" }
}

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

const corpus = makeCorpus()
const files = htmlFiles(corpus.dir)
const texts = files.map((file) => fs.readFileSync(file, "utf8"))
const mb = files.reduce((sum, file) => sum + fs.statSync(file).size, 0) / 1e6
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
/**
 * Runs the pipeline with one worker under bash, whose `times` gives the CPU time of the process and its children.
 * It runs what `pnpm pipeline` runs, the bundle in `dist/` (built first, so that no build is timed): under tsx
 * the process compiled its TypeScript in the main thread and again in the worker, 4.5 s of the 11.5 s CPU.
 */
const runPipeline = (): { readonly cpu: number; readonly wall: number } => {
  const output = fs.mkdtempSync(path.join(os.tmpdir(), "tinsach-bench-html-out-"))
  const argv = [process.execPath, ...pipelineNodeFlags, path.join(root, "pipeline/run.mjs")]
  const args = ["--input", corpus.dir, "--output", path.join(output, "out"), "--workers", "1", "--no-cache", "--quiet"]
  const quoted = [...argv, ...args].map((arg) => `'${arg.replaceAll("'", "'\\''")}'`).join(" ")
  const started = performance.now()
  const child = spawnSync("bash", ["-c", `${quoted} >/dev/null || exit 1; times`], { cwd: root, encoding: "utf8" })
  const wall = (performance.now() - started) / 1000
  fs.rmSync(output, { recursive: true, force: true })
  if (child.status !== 0) throw new Error(`bench:html: the pipeline failed: ${child.stderr}`)
  const seconds = [...(child.stdout.trim().split("\n")[1] ?? "").matchAll(/(\d+)m([\d.]+)s/gu)].map(
    (match) => Number(match[1]) * 60 + Number(match[2])
  )
  return { cpu: seconds.reduce((sum, value) => sum + value, 0), wall }
}

const build = spawnSync(process.execPath, [path.join(root, "pipeline/build.mjs")], { cwd: root, encoding: "utf8" })
if (build.status !== 0) throw new Error(`bench:html: cannot build dist/: ${build.stderr}`)
line("process", runPipeline())
line("cached", runPipeline())
fs.rmSync(corpus.dir, { recursive: true, force: true })
