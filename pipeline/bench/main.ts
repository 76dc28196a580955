/**
 * `pnpm bench`: generates a synthetic corpus (deterministic, from a seed) and
 * runs, one after the other in child processes of this one, (1) the floor:
 * read, decode, split into lines, DuckDB to Parquet and CSV, no cleaning; and
 * (2) the full pipeline on the same files. Prints MB/s of raw input,
 * documents/s, peak RSS, the pipeline/floor ratio and the pipeline's time per
 * stage. Before those, the start-up cost: the wall time of `pnpm pipeline`
 * over one text file and over one HTML page (`oneFile.ts`). The figures are
 * for people; no test times anything.
 *
 * Then (3) an incremental rebuild: 1 % of the files changed (a line appended),
 * the pipeline run again on the same output, its time as a share of the full
 * run's, and the changed files restored.
 *
 * By default the issue's two corpora, one after the other: 200 MB of ~2 KB
 * files, then 200 MB of ~200 KB files; a summary table of both at the end.
 *
 * Then (4) the HTML corpus beside them (`HtmlCorpus.ts`: the pages of
 * `../shared/html-eval` up to `--html-size` MB, default 20, or the repo's HTML
 * pages repeated): `pnpm pipeline --workers 1` over it, once untimed (V8's code
 * caches written), then three times, the median MB of HTML per second of one
 * core (CPU time of the whole process), against the
 * HTML issue's target of 6 (trafilatura's, whole process, one core).
 * `--html-size 0` leaves it out; `pnpm bench:html` adds per-stage figures.
 *
 *   pnpm bench [--size MB] [--file-kb KB[,KB]...] [--seed N] [--workers N] [--corpus DIR] [--html-size MB]
 *   pnpm bench --file-kb 2       # only the ~2 KB files
 */
import { spawnSync } from "node:child_process"
import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"
import { parseArgs } from "node:util"
import { ensureCorpus } from "./Corpus.ts"
import { makeHtmlCorpus, runHtmlPipeline } from "./HtmlCorpus.ts"
import { pipelineNodeFlags } from "./NodeFlags.ts"
import { benchOneFile } from "./oneFile.ts"

const root = path.resolve(import.meta.dirname, "../..")
const { values } = parseArgs({
  options: {
    size: { type: "string", default: "200" },
    "file-kb": { type: "string", default: "2,200" },
    seed: { type: "string", default: "1" },
    workers: { type: "string" },
    corpus: { type: "string" },
    "html-size": { type: "string", default: "20" }
  }
})
const sizeMb = Number(values.size)
const fileKbs = values["file-kb"].split(",").map(Number)
const seed = Number(values.seed)
const htmlSizeMb = Number(values["html-size"])
if (!(sizeMb > 0 && fileKbs.length > 0 && fileKbs.every((kb) => kb > 0) && Number.isInteger(seed) && htmlSizeMb >= 0)) {
  process.stderr.write(
    "bench: --size and each --file-kb must be positive numbers, --seed an integer, --html-size a number of MB (0: none)\n"
  )
  process.exit(2)
}
if (values.corpus !== undefined && fileKbs.length > 1) {
  process.stderr.write("bench: --corpus takes one corpus: give one --file-kb with it (or none: it is then not used)\n")
  process.exit(2)
}
const work = fs.mkdtempSync(path.join(os.tmpdir(), "tinsach-bench-run-"))

const say = (line: string) => process.stdout.write(`${line}\n`)

say(
  `machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}`
)
benchOneFile(root, work, say)

const node = (args: ReadonlyArray<string>) => {
  const started = performance.now()
  // the pipeline runs as users run it, bundled (pipeline/run.mjs); the floor is TypeScript
  const loader = args[0]?.endsWith(".ts") === true ? ["--import", "tsx"] : []
  const run = spawnSync(process.execPath, [...pipelineNodeFlags, ...loader, ...args], {
    cwd: root,
    encoding: "utf8",
    maxBuffer: 1 << 26
  })
  const seconds = (performance.now() - started) / 1000
  if (run.status !== 0) {
    process.stderr.write(run.stderr)
    throw new Error(`bench: ${args.join(" ")} failed with status ${run.status}`)
  }
  return { seconds, stdout: run.stdout }
}

interface Figures {
  readonly seconds: number
  readonly documents: number
  readonly peakRssMb: number
}

/** One corpus's figures, for the summary table. */
interface CorpusFigures {
  readonly label: string
  readonly megabytes: number
  readonly floor: Figures
  readonly pipeline: Figures
  readonly rebuildShare: number
  readonly rebuildPeakRssMb: number
}

const benchCorpus = (fileKb: number): CorpusFigures => {
  const corpus = values.corpus ?? path.join(os.tmpdir(), `tinsach-bench-${sizeMb}mb-${fileKb}kb-seed${seed}`)
  const generated = performance.now()
  const { files, bytes } = ensureCorpus(
    corpus,
    { totalBytes: sizeMb * 1e6, fileBytes: fileKb * 1000, seed },
    path.join(root, "seeds")
  )
  say("")
  say(
    `corpus: ${files} files of ~${fileKb} KB, ${(bytes / 1e6).toFixed(1)} MB in ${corpus} (${((performance.now() - generated) / 1000).toFixed(1)} s to make or check)`
  )
  const report = (name: string, figures: Figures) =>
    say(
      `${name.padEnd(9)} ${(bytes / 1e6 / figures.seconds).toFixed(1).padStart(6)} MB/s  ${(figures.documents / figures.seconds).toFixed(0).padStart(7)} documents/s  peak RSS ${figures.peakRssMb.toFixed(0).padStart(5)} MB  (${figures.seconds.toFixed(1)} s wall, process start included)`
    )

  const floorRun = node([path.join(root, "pipeline/bench/floor.ts"), corpus, path.join(work, `floor-${fileKb}`)])
  const floorReport = JSON.parse(floorRun.stdout) as { documents: number; peak_rss_mb: number }
  const floor: Figures = {
    seconds: floorRun.seconds,
    documents: floorReport.documents,
    peakRssMb: floorReport.peak_rss_mb
  }
  report("floor", floor)

  const output = path.join(work, `pipeline-${fileKb}`)
  const pipelineArgs = [path.join(root, "pipeline/run.mjs"), "--input", corpus, "--output", output, "--quiet"]
  if (values.workers !== undefined) pipelineArgs.push("--workers", values.workers)
  const pipelineRun = node(pipelineArgs)
  const manifest = JSON.parse(fs.readFileSync(path.join(output, "manifest.json"), "utf8")) as {
    counts: { documents: number }
    peak_rss_mb: number
    workers: number
    timings_ms: Record<string, number>
  }
  const pipeline: Figures = {
    seconds: pipelineRun.seconds,
    documents: manifest.counts.documents,
    peakRssMb: manifest.peak_rss_mb
  }
  report("pipeline", pipeline)
  say(
    `ratio     ${(floor.seconds / pipeline.seconds).toFixed(2)} of the floor's speed (pipeline workers: ${manifest.workers})`
  )
  const total = Object.values(manifest.timings_ms).reduce((sum, ms) => sum + ms, 0)
  say(`stages (milliseconds summed over ${manifest.workers === 1 ? "the process" : "the workers and the writer"}):`)
  for (const [stage, ms] of Object.entries(manifest.timings_ms)) {
    say(`  ${stage.padEnd(17)} ${String(ms).padStart(8)}  ${((100 * ms) / total).toFixed(1).padStart(5)} %`)
  }
  const rebuild = incrementalRebuild(corpus, pipelineArgs, output, pipelineRun.seconds)
  say(`memory    peak RSS ${pipeline.peakRssMb.toFixed(0)} MB for the full run (target ≤ 1,000 MB)`)
  fs.rmSync(output, { recursive: true, force: true })
  return {
    label: `${files} files of ~${fileKb} KB`,
    megabytes: bytes / 1e6,
    floor,
    pipeline,
    rebuildShare: rebuild.share,
    rebuildPeakRssMb: rebuild.peakRssMb
  }
}

const results = fileKbs.map(benchCorpus)
fs.rmSync(work, { recursive: true, force: true })

// ---- the HTML corpus ----

const HTML_TARGET_MB_PER_CORE = 6
const HTML_RUNS = 3

/** The HTML corpus's whole-process figure, the median of three runs (the fastest printed beside it). */
const benchHtml = (): { readonly label: string; readonly mbPerCore: number } => {
  const corpus = makeHtmlCorpus(root, htmlSizeMb)
  try {
    // dist/ is fresh (the one-file runs checked it); one run untimed, so that V8's code caches are written
    // and the timed runs start as every run after the first does
    runHtmlPipeline(root, corpus)
    const runs = Array.from({ length: HTML_RUNS }, () => runHtmlPipeline(root, corpus)).sort((a, b) => a.cpu - b.cpu)
    const median = runs[HTML_RUNS >> 1]!
    const mbPerCore = corpus.megabytes / median.cpu
    say("")
    say(`HTML corpus: ${corpus.files.length} pages, ${corpus.megabytes.toFixed(1)} MB from ${corpus.source}`)
    say(
      `pipeline  ${mbPerCore.toFixed(2)} MB/s per core, whole process, --workers 1 (median of ${HTML_RUNS}: ${median.cpu.toFixed(1)} s CPU, ${median.wall.toFixed(1)} s wall; fastest ${(corpus.megabytes / runs[0]!.cpu).toFixed(2)} MB/s; target ≥ ${HTML_TARGET_MB_PER_CORE}${mbPerCore >= HTML_TARGET_MB_PER_CORE ? "" : ", MISSED"})`
    )
    return { label: `${corpus.files.length} HTML pages, ${corpus.megabytes.toFixed(1)} MB`, mbPerCore }
  } finally {
    fs.rmSync(corpus.dir, { recursive: true, force: true })
  }
}
const html = htmlSizeMb > 0 ? benchHtml() : null
if (results.length > 1) {
  say("")
  say("summary (targets: ratio ≥ 0.5, peak RSS ≤ 1,000 MB, rebuild ≤ 10 % of the full run)")
  say("| corpus | floor | pipeline | ratio | peak RSS | rebuild after 1 % changed |")
  say("| --- | --- | --- | --- | --- | --- |")
  for (const result of results) {
    const speed = (figures: Figures) => `${(result.megabytes / figures.seconds).toFixed(1)} MB/s`
    say(
      `| ${result.label} | ${speed(result.floor)} | ${speed(result.pipeline)} (${result.pipeline.seconds.toFixed(1)} s) | ${(result.floor.seconds / result.pipeline.seconds).toFixed(2)} | ${result.pipeline.peakRssMb.toFixed(0)} MB | ${result.rebuildShare.toFixed(1)} %, peak RSS ${result.rebuildPeakRssMb} MB |`
    )
  }
  if (html !== null)
    say(
      `| ${html.label} (HTML) | | ${html.mbPerCore.toFixed(2)} MB/s per core, whole process, one worker (target ≥ ${HTML_TARGET_MB_PER_CORE}) | | | |`
    )
}

// ---- the incremental rebuild ----

/** Every file of the corpus, in a stable order. */
function corpusFiles(dir: string): Array<string> {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.startsWith("."))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort()
}

/** Changes 1 % of the files, runs the pipeline again on its output (with its cache), restores them. */
function incrementalRebuild(
  corpus: string,
  pipelineArgs: ReadonlyArray<string>,
  output: string,
  fullSeconds: number
): { readonly share: number; readonly peakRssMb: number } {
  const all = corpusFiles(corpus)
  // every hundredth file; on a corpus of fewer than 100 files, its middle one
  const changed =
    all.length >= 100 ? all.filter((_, index) => index % 100 === 50) : all.slice(all.length >> 1, (all.length >> 1) + 1)
  const originals = changed.map((file) => fs.readFileSync(file))
  try {
    for (const file of changed) fs.appendFileSync(file, "\nMột dòng mới được thêm vào cho lần chạy lại.\n")
    const rebuild = node(pipelineArgs)
    const again = JSON.parse(fs.readFileSync(path.join(output, "manifest.json"), "utf8")) as {
      cache: { reused_inputs: number; cleaned_inputs: number }
      peak_rss_mb: number
      total_seconds: number
      timings_ms: Record<string, number>
    }
    const share = (100 * rebuild.seconds) / fullSeconds
    say(
      `incremental ${rebuild.seconds.toFixed(1)} s after changing ${changed.length} of ${all.length} files: ${share.toFixed(1)} % of the full run (target ≤ 10 %); ${again.cache.reused_inputs} inputs reused, ${again.cache.cleaned_inputs} cleaned; peak RSS ${again.peak_rss_mb} MB`
    )
    const spent = Object.entries(again.timings_ms).filter(([, ms]) => ms >= 100)
    say(
      `            in the process ${again.total_seconds.toFixed(1)} s: ${spent.map(([stage, ms]) => `${stage} ${(ms / 1000).toFixed(1)} s`).join(", ")}`
    )
    return { share, peakRssMb: again.peak_rss_mb }
  } finally {
    for (const [index, file] of changed.entries()) fs.writeFileSync(file, originals[index]!)
  }
}
