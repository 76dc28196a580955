/**
 * A FIFO or a device is rejected, never opened blocking: one met at listing
 * time, and one put in a listed file's place before it is read.
 */
import { execFileSync, spawnSync } from "node:child_process"
import * as fs from "node:fs"
import * as path from "node:path"
import { describe, expect, it } from "@effect/vitest"
import { Effect } from "effect"
import { projectRoot, query, runInto, sqlPath, temporaryDir } from "../support/pipeline.ts"

const article = "Tin tức hôm nay\n\nHà Nội có mưa rào vào chiều tối, nhiệt độ giảm mạnh.\n"

/** Runs a script in a child process, so that a read that blocks fails the test instead of hanging it. */
const runScript = (source: string) => {
  const script = path.join(temporaryDir("tinsach-script-"), "script.ts")
  fs.writeFileSync(script, source)
  const run = spawnSync(process.execPath, ["--import", "tsx", script], {
    cwd: projectRoot,
    encoding: "utf8",
    timeout: 20_000
  })
  return { status: run.status, stdout: run.stdout, stderr: run.stderr }
}

describe("non-regular files", () => {
  it("rejects a FIFO put in a file's place after the listing, and a device, without blocking", () => {
    const input = temporaryDir("tinsach-fifo-")
    fs.writeFileSync(path.join(input, "a.txt"), article)
    const readInput = path.join(projectRoot, "pipeline/stages/ReadInput.ts")
    const run = runScript(`
      import { execFileSync } from "node:child_process"
      import * as fs from "node:fs"
      import { listInputs, readInput } from ${JSON.stringify(readInput)}
      const [file] = listInputs(${JSON.stringify(input)}).files
      fs.unlinkSync(file!.absolutePath as string)
      execFileSync("mkfifo", [file!.absolutePath as string])
      const device = { sourcePath: "zero.txt", absolutePath: "/dev/zero", format: "txt" as const }
      process.stdout.write(JSON.stringify([readInput(file!, 1 << 20), readInput(device, 1 << 20)]))
    `)
    expect(run.status, run.stderr).toBe(0)
    expect(JSON.parse(run.stdout)).toEqual([
      {
        _tag: "Problem",
        problem: {
          sourcePath: "a.txt",
          reason: "unreadable",
          detail: "This is a FIFO (named pipe), not a regular file, so it was not read."
        }
      },
      {
        _tag: "Problem",
        problem: {
          sourcePath: "zero.txt",
          reason: "unreadable",
          detail: "This is a device, not a regular file, so it was not read."
        }
      }
    ])
  })

  it.effect("gives a FIFO met while listing a rejects row; the files beside it load", () =>
    Effect.gen(function* () {
      const input = temporaryDir("tinsach-fifo-")
      fs.writeFileSync(path.join(input, "good.txt"), article)
      execFileSync("mkfifo", [path.join(input, "pipe.txt")])
      const output = path.join(temporaryDir(), "out")
      yield* runInto(output, [input])
      const rejects = yield* Effect.promise(() =>
        query(`SELECT * FROM ${sqlPath(path.join(output, "rejects.parquet"))}`)
      )
      expect(rejects).toEqual([
        {
          source_path: "pipe.txt",
          reason: "unreadable",
          detail: "This is a FIFO (named pipe), not a regular file, so it was not read."
        }
      ])
      const documents = yield* Effect.promise(() =>
        query(`SELECT source_path FROM ${sqlPath(path.join(output, "documents.parquet"))}`)
      )
      expect(documents).toEqual([{ source_path: "good.txt" }])
    })
  )
})
