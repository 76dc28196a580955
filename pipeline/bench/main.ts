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
 *   pnpm bench [--size MB] [--file-kb KB] [--seed N] [--workers N] [--corpus DIR]
 *   pnpm bench --size 200 --file-kb 200     # the 1,000 files of ~200 KB variant
 */
import { spawnSync } from "node:child_process"
import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"
import { parseArgs } from "node:util"
import { ensureCorpus } from "./Corpus.ts"
import { pipelineNodeFlags } from "./NodeFlags.ts"
import { benchOneFile } from "./oneFile.ts"

const root = path.resolve(import.meta.dirname, "../..")
const { values } = parseArgs({
  options: {
    size: { type: "string", default: "200" },
    "file-kb": { type: "string", default: "2" },
    seed: { type: "string", default: "1" },
    workers: { type: "string" },
    corpus: { type: "string" }
  }
})
const sizeMb = Number(values.size)
const fileKb = Number(values["file-kb"])
const seed = Number(values.seed)
if (!(sizeMb > 0 && fileKb > 0 && Number.isInteger(seed))) {
  process.stderr.write("bench: --size and --file-kb must be positive numbers, --seed an integer\n")
  process.exit(2)
}
const corpus = values.corpus ?? path.join(os.tmpdir(), `tinsach-bench-${sizeMb}mb-${fileKb}kb-seed${seed}`)
const work = fs.mkdtempSync(path.join(os.tmpdir(), "tinsach-bench-run-"))

const say = (line: string) => process.stdout.write(`${line}\n`)

const generated = performance.now()
const { files, bytes } = ensureCorpus(
  corpus,
  { totalBytes: sizeMb * 1e6, fileBytes: fileKb * 1000, seed },
  path.join(root, "seeds")
)
say(
  `corpus: ${files} files, ${(bytes / 1e6).toFixed(1)} MB in ${corpus} (${((performance.now() - generated) / 1000).toFixed(1)} s to make or check)`
)
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

const report = (name: string, figures: Figures) =>
  say(
    `${name.padEnd(9)} ${(bytes / 1e6 / figures.seconds).toFixed(1).padStart(6)} MB/s  ${(figures.documents / figures.seconds).toFixed(0).padStart(7)} documents/s  peak RSS ${figures.peakRssMb.toFixed(0).padStart(5)} MB  (${figures.seconds.toFixed(1)} s wall, process start included)`
  )

const floorRun = node([path.join(root, "pipeline/bench/floor.ts"), corpus, path.join(work, "floor")])
const floorReport = JSON.parse(floorRun.stdout) as { documents: number; peak_rss_mb: number }
const floor: Figures = {
  seconds: floorRun.seconds,
  documents: floorReport.documents,
  peakRssMb: floorReport.peak_rss_mb
}
report("floor", floor)

const output = path.join(work, "pipeline")
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
incrementalRebuild(pipelineRun.seconds)
fs.rmSync(work, { recursive: true, force: true })

// ---- the incremental rebuild and the memory figures ----

/** Every file of the corpus, in a stable order. */
function corpusFiles(dir: string): Array<string> {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.startsWith("."))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort()
}

/** Changes 1 % of the files, runs the pipeline again on its output (with its cache), restores them. */
function incrementalRebuild(fullSeconds: number): void {
  const all = corpusFiles(corpus)
  const changed = all.filter((_, index) => index % 100 === 50)
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
    say(
      `incremental ${rebuild.seconds.toFixed(1)} s after changing ${changed.length} of ${all.length} files: ${((100 * rebuild.seconds) / fullSeconds).toFixed(1)} % of the full run (target ≤ 10 %); ${again.cache.reused_inputs} inputs reused, ${again.cache.cleaned_inputs} cleaned; peak RSS ${again.peak_rss_mb} MB`
    )
    const spent = Object.entries(again.timings_ms).filter(([, ms]) => ms >= 100)
    say(
      `            in the process ${again.total_seconds.toFixed(1)} s: ${spent.map(([stage, ms]) => `${stage} ${(ms / 1000).toFixed(1)} s`).join(", ")}`
    )
  } finally {
    for (const [index, file] of changed.entries()) fs.writeFileSync(file, originals[index]!)
  }
  say(`memory    peak RSS ${pipeline.peakRssMb.toFixed(0)} MB for the full run (target ≤ 1,000 MB)`)
}
