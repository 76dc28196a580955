/**
 * examples/explore.ipynb runs top to bottom (`jupyter nbconvert --execute`,
 * Debian's jupyter-nbconvert, python3-ipykernel and python3-pandas) against
 * a run over the seeds, and prints what the seeds hold.
 */
import { spawnSync } from "node:child_process"
import * as fs from "node:fs"
import * as path from "node:path"
import { describe, expect, it } from "@effect/vitest"
import { Effect } from "effect"
import { projectRoot, query, runInto, sqlPath, temporaryDir } from "./support/pipeline.ts"

const hasJupyter = spawnSync("jupyter", ["nbconvert", "--version"], { encoding: "utf8" }).status === 0
const inCi = process.env.CI !== undefined && process.env.CI !== ""
if (!hasJupyter && !inCi) {
  console.warn(
    "notebook.test.ts: skipped, no `jupyter nbconvert` (apt-get install jupyter-nbconvert python3-ipykernel python3-pandas)"
  )
}

interface Cell {
  readonly outputs?: ReadonlyArray<{ readonly output_type: string; readonly text?: ReadonlyArray<string> | string }>
}

describe("examples/explore.ipynb", () => {
  it.skipIf(!hasJupyter && !inCi)(
    "runs top to bottom against a run over the seeds",
    async () => {
      const work = temporaryDir("tinsach-notebook-")
      const output = path.join(work, "output")
      await Effect.runPromise(runInto(output))
      const run = spawnSync(
        "jupyter",
        [
          "nbconvert",
          "--to",
          "notebook",
          "--execute",
          "--output-dir",
          work,
          "--output",
          "explore.out.ipynb",
          "examples/explore.ipynb"
        ],
        {
          cwd: projectRoot,
          encoding: "utf8",
          env: { ...process.env, TINSACH_OUTPUT: output, PYDEVD_DISABLE_FILE_VALIDATION: "1" },
          timeout: 240_000
        }
      )
      expect({ status: run.status, stderr: run.status === 0 ? "" : run.stderr }).toEqual({ status: 0, stderr: "" })
      const executed = JSON.parse(fs.readFileSync(path.join(work, "explore.out.ipynb"), "utf8")) as {
        cells: ReadonlyArray<Cell>
      }
      const printed = executed.cells
        .flatMap((cell) => cell.outputs ?? [])
        .filter((output) => output.output_type === "stream")
        .map((output) => (Array.isArray(output.text) ? output.text.join("") : String(output.text)))
      // The same figures computed through DuckDB from the Parquet tables, not from the notebook.
      const [counts] = await query(
        `SELECT (SELECT count(*) FROM ${sqlPath(path.join(output, "documents.parquet"))}) AS documents,
                (SELECT count(*) FROM ${sqlPath(path.join(output, "segments.parquet"))}) AS segments,
                (SELECT count(*) FROM ${sqlPath(path.join(output, "rejects.parquet"))}) AS rejects,
                (SELECT sum(length(text)) FILTER (WHERE mt_flag) / sum(length(text))
                   FROM ${sqlPath(path.join(output, "segments.parquet"))} WHERE kind = 'body') AS mt_share`
      )
      expect(Number(counts!.documents)).toBe(5)
      expect(printed).toEqual([
        `${counts!.documents} documents, ${counts!.segments} segments, ${counts!.rejects} rejects\n`,
        `${(Number(counts!.mt_share) * 100).toFixed(1)}% of body characters are flagged as machine-translated\n`
      ])
    },
    300_000
  )
})
