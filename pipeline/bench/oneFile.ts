/**
 * The start-up cost, as a user meets it: `pnpm pipeline` over one file, the
 * whole process timed (Node's start, the freshness check of `dist/`, DuckDB,
 * one worker, the export). One text file (the first seed) and one HTML page
 * (the first of the dev set); each run three times, the median printed with
 * the fastest (on a loaded machine the fastest is the nearer to an idle one).
 */
import { spawnSync } from "node:child_process"
import * as fs from "node:fs"
import * as path from "node:path"
import { pipelineNodeFlags } from "./NodeFlags.ts"

const TARGET_SECONDS = 1.5
const RUNS = 3

const firstFile = (folder: string, extension: string): string => {
  const name = fs
    .readdirSync(folder)
    .filter((file) => file.endsWith(extension))
    .sort()[0]
  if (name === undefined) throw new Error(`bench: no ${extension} file in ${folder}`)
  return path.join(folder, name)
}

const median = (values: ReadonlyArray<number>): number => [...values].sort((a, b) => a - b)[values.length >> 1]!

/** Prints one line per file: the median wall time of a whole-process run over it. */
export const benchOneFile = (root: string, work: string, say: (line: string) => void): void => {
  const launcher = path.join(root, "pipeline/run.mjs")
  // compiles dist/ first when the sources changed since the last build: not part of the figure
  spawnSync(process.execPath, [launcher, "--help"], { cwd: root, stdio: "ignore" })
  const files = [
    ["text", firstFile(path.join(root, "seeds"), ".txt")],
    ["HTML", firstFile(path.join(root, "tests/gold/dev/raw"), ".html")]
  ] as const
  for (const [kind, file] of files) {
    const seconds = Array.from({ length: RUNS }, (_, run) => {
      const started = performance.now()
      const output = path.join(work, `one-file-${kind}-${run}`)
      const result = spawnSync(
        process.execPath,
        [...pipelineNodeFlags, launcher, "--input", file, "--output", output, "--quiet", "--no-cache"],
        { cwd: root, encoding: "utf8" }
      )
      if (result.status !== 0) throw new Error(`bench: one-file run over ${file} failed: ${result.stderr}`)
      return (performance.now() - started) / 1000
    })
    const time = median(seconds)
    say(
      `one file  ${kind.padEnd(4)} ${time.toFixed(2)} s wall, whole process (median of ${RUNS}, fastest ${Math.min(...seconds).toFixed(2)} s; target < ${TARGET_SECONDS} s${time < TARGET_SECONDS ? "" : ", MISSED"}): ${path.relative(root, file)}`
    )
  }
}
