/**
 * A huge record costs that record, not its file: a CSV, TSV or JSONL record
 * longer than `Config.input.maxRecordChars` is rejected before it is parsed or
 * cleaned, and a record that kills a worker anyway is isolated, record by
 * record, like a file: the file's other records load.
 */
import { spawn } from "node:child_process"
import * as fs from "node:fs"
import * as path from "node:path"
import { describe, expect, it } from "@effect/vitest"
import { Config } from "../../pipeline/Config.ts"
import { unpack } from "../../pipeline/stages/Unpack.ts"
import { decodedExport, projectRoot, query, sqlPath, temporaryDir } from "../support/pipeline.ts"

/** The CLI in a child process, awaited without blocking the test runner (a long `spawnSync` times its RPC out). */
const runCli = (args: ReadonlyArray<string>): Promise<{ status: number | null; stderr: string }> =>
  new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", path.join(projectRoot, "pipeline/main.ts"), ...args], {
      cwd: projectRoot
    })
    let stderr = ""
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString()
    })
    child.on("close", (status) => resolve({ status, stderr }))
  })

const body = (i: number) =>
  `Bài số ${i}: Hà Nội có mưa rào vào chiều tối.\nNhiệt độ giảm mạnh ở các tỉnh miền núi phía Bắc.`
/** 50 MB of paragraphs, each a line of its own (the line-length guard does not see it). */
const huge = "Đoạn văn rất dài về kinh tế và xã hội trong năm nay.\n".repeat(1_000_000)

const jsonl = (count: number, hugeAt: number) =>
  Array.from({ length: count + 1 }, (_, k) =>
    JSON.stringify({ title: `Tin ${k + 1}`, content: k + 1 === hugeAt ? huge : body(k + 1) })
  ).join("\n")
const csv = (count: number, hugeAt: number) =>
  `title,content\n${Array.from(
    { length: count + 1 },
    (_, k) => `Tin ${k + 1},"${k + 1 === hugeAt ? huge : body(k + 1)}"`
  ).join("\n")}\n`

const tooLarge = (sourcePath: string, n: number, chars: number) => ({
  sourcePath: `${sourcePath}#${n}`,
  reason: "too_large",
  detail: `Record ${n} has ${chars} characters, more than the ${Config.input.maxRecordChars} a record can have (input.maxRecordChars in pipeline/Config.ts); the file's other records were read.`
})

describe("a huge record", () => {
  it("is rejected alone: 10,000 good records of a JSONL or a CSV beside one 50 MB record load", () => {
    for (const [name, text] of [
      ["export.jsonl", jsonl(10_000, 5_000)],
      ["export.csv", csv(10_000, 5_000)]
    ] as const) {
      const result = unpack(decodedExport(name, text))
      expect(result.records.map((record) => record.sourcePath)).toEqual(
        Array.from({ length: 10_001 }, (_, k) => `${name}#${k + 1}`).filter((p) => p !== `${name}#5000`)
      )
      const chars = name.endsWith(".jsonl") ? JSON.stringify({ title: "Tin 5000", content: huge }).length : huge.length
      expect(result.problems).toEqual([tooLarge(name, 5_000, chars)])
    }
  })

  it("costs that record in a whole run with workers, not its file", async () => {
    const input = temporaryDir("tinsach-huge-record-")
    fs.writeFileSync(path.join(input, "export.jsonl"), jsonl(40, 20))
    fs.writeFileSync(path.join(input, "export.csv"), csv(40, 20))
    const output = path.join(temporaryDir(), "out")
    const run = await runCli(["--input", input, "--output", output, "--workers", "1", "--quiet"])
    expect(run.status, run.stderr).toBe(0)
    const documents = await query(`SELECT source_path FROM ${sqlPath(path.join(output, "documents.parquet"))}`)
    expect(documents.map((row) => row.source_path)).toEqual(
      ["export.csv", "export.jsonl"].flatMap((name) =>
        Array.from({ length: 41 }, (_, k) => `${name}#${k + 1}`).filter((p) => !p.endsWith("#20"))
      )
    )
    const rejects = await query(`SELECT * FROM ${sqlPath(path.join(output, "rejects.parquet"))}`)
    expect(rejects).toEqual(
      [
        tooLarge("export.csv", 20, huge.length),
        tooLarge("export.jsonl", 20, JSON.stringify({ title: "Tin 20", content: huge }).length)
      ].map((problem) => ({ source_path: problem.sourcePath, reason: problem.reason, detail: problem.detail }))
    )
  }, 120_000)

  it("that kills a worker is retried record by record: it alone is rejected", async () => {
    const input = temporaryDir("tinsach-killer-record-")
    // under the record limit, but its HTML does not fit a worker's heap
    const killer = `<div>${'<p class="x">Đoạn</p>\n'.repeat(290_000)}</div>`
    fs.writeFileSync(
      path.join(input, "pages.jsonl"),
      Array.from({ length: 30 }, (_, k) =>
        JSON.stringify({ title: `Tin ${k + 1}`, content: k + 1 === 15 ? killer : body(k + 1) })
      ).join("\n")
    )
    const output = path.join(temporaryDir(), "out")
    const run = await runCli(["--input", input, "--output", output, "--workers", "1", "--quiet"])
    expect(run.status, run.stderr).toBe(0)
    const documents = await query(`SELECT source_path FROM ${sqlPath(path.join(output, "documents.parquet"))}`)
    expect(documents.map((row) => row.source_path)).toEqual(
      Array.from({ length: 30 }, (_, k) => `pages.jsonl#${k + 1}`).filter((p) => p !== "pages.jsonl#15")
    )
    const rejects = await query(`SELECT * FROM ${sqlPath(path.join(output, "rejects.parquet"))}`)
    expect(rejects).toEqual([
      {
        source_path: "pages.jsonl#15",
        reason: "too_large",
        detail: expect.stringMatching(
          /^Cleaning this record stopped its worker \(.*memory.*\); the file's other records were read\.$/u
        )
      }
    ])
  }, 400_000)
})
