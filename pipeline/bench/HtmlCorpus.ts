/**
 * The HTML corpus of the benchmarks and its whole-process figure, shared by `pnpm bench` (beside
 * its text corpora) and `pnpm bench:html` (beside its per-stage figures).
 *
 * The corpus is the pages of a main-text benchmark when one is given or lies in
 * `../shared/html-eval/pages` (real pages of many sites), else the repo's own HTML pages (the dev
 * set's and the fixtures) repeated up to the size. The figure is MB of raw HTML per second of one
 * core: `pnpm pipeline --workers 1 --no-cache` in a child process under bash, whose `times` gives
 * the CPU time (user + system) of the process and its children, Node's start, the worker, DuckDB,
 * Parquet and CSV included; so it holds per core when other jobs share the machine.
 */
import { spawnSync } from "node:child_process"
import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"
import { pipelineNodeFlags } from "./NodeFlags.ts"

export interface HtmlCorpus {
  readonly dir: string
  readonly files: ReadonlyArray<string>
  readonly megabytes: number
  /** Where the pages come from, for the printed line. */
  readonly source: string
}

export interface CpuTime {
  readonly cpu: number
  readonly wall: number
}

const htmlFiles = (dir: string): Array<string> =>
  fs
    .readdirSync(dir)
    .filter((name) => /\.html?$/u.test(name))
    .sort()
    .map((name) => path.join(dir, name))

/**
 * Copies the benchmark's pages (each once, up to the size) or the repo's pages (repeated up to
 * it) into a new folder under the system's temporary folder; the caller removes it.
 */
export const makeHtmlCorpus = (root: string, sizeMb: number, given?: string): HtmlCorpus => {
  const shared = path.resolve(root, "../shared/html-eval/pages")
  const from = given ?? (fs.existsSync(shared) ? shared : undefined)
  const pages =
    from !== undefined
      ? htmlFiles(from)
      : [...htmlFiles(path.join(root, "tests/gold/dev/raw")), ...htmlFiles(path.join(root, "tests/fixtures/html"))]
  if (pages.length === 0) throw new Error("bench: no HTML page to read")
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tinsach-bench-html-"))
  let bytes = 0
  for (let i = 0; bytes < sizeMb * 1e6; i++) {
    const page = pages[i % pages.length]!
    if (from !== undefined && i >= pages.length) break
    const target = path.join(dir, `${String(i).padStart(5, "0")}-${path.basename(page)}`)
    fs.copyFileSync(page, target)
    bytes += fs.statSync(target).size
  }
  const files = htmlFiles(dir)
  return {
    dir,
    files,
    megabytes: files.reduce((sum, file) => sum + fs.statSync(file).size, 0) / 1e6,
    source: from ?? "the repo's HTML pages, repeated"
  }
}

/**
 * One `--workers 1 --no-cache` run of the bundled pipeline over the corpus (what `pnpm pipeline`
 * runs: `dist/` must be built first, so that no build is timed); its CPU and wall seconds.
 */
export const runHtmlPipeline = (root: string, corpus: HtmlCorpus): CpuTime => {
  const output = fs.mkdtempSync(path.join(os.tmpdir(), "tinsach-bench-html-out-"))
  const argv = [process.execPath, ...pipelineNodeFlags, path.join(root, "pipeline/run.mjs")]
  const args = ["--input", corpus.dir, "--output", path.join(output, "out"), "--workers", "1", "--no-cache", "--quiet"]
  const quoted = [...argv, ...args].map((arg) => `'${arg.replaceAll("'", "'\\''")}'`).join(" ")
  const started = performance.now()
  const child = spawnSync("bash", ["-c", `${quoted} >/dev/null || exit 1; times`], { cwd: root, encoding: "utf8" })
  const wall = (performance.now() - started) / 1000
  fs.rmSync(output, { recursive: true, force: true })
  if (child.status !== 0) throw new Error(`bench: the pipeline failed on the HTML corpus: ${child.stderr}`)
  const seconds = [...(child.stdout.trim().split("\n")[1] ?? "").matchAll(/(\d+)m([\d.]+)s/gu)].map(
    (match) => Number(match[1]) * 60 + Number(match[2])
  )
  return { cpu: seconds.reduce((sum, value) => sum + value, 0), wall }
}

/**
 * Builds `dist/` (the bundles `pnpm pipeline` runs) so that a timed run does not. The build removes
 * V8's code caches of the bundles: the next run compiles them and writes the caches again.
 */
export const buildBundles = (root: string): void => {
  const build = spawnSync(process.execPath, [path.join(root, "pipeline/build.mjs")], { cwd: root, encoding: "utf8" })
  if (build.status !== 0) throw new Error(`bench: cannot build dist/: ${build.stderr}`)
}
