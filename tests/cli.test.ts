/**
 * The command line as a user meets it: exit codes, one-line errors, rejects
 * that do not stop the run, byte-identical reruns, and an output folder that a
 * failed run leaves as it was.
 */
import * as fs from "node:fs"
import * as path from "node:path"
import { describe, expect, it } from "@effect/vitest"
import { query, runCli, seedsDir, sqlPath, temporaryDir } from "./support/pipeline.ts"

const csvFiles = ["documents.csv", "segments.csv", "rejects.csv"]

describe("pnpm pipeline", () => {
  it("gives byte-identical CSV on two runs", async () => {
    const first = path.join(temporaryDir(), "out")
    const second = path.join(temporaryDir(), "out")
    expect((await runCli(["--input", seedsDir, "--output", first, "--quiet"])).status).toBe(0)
    expect((await runCli(["--input", seedsDir, "--output", second, "--quiet"])).status).toBe(0)
    for (const file of csvFiles) {
      expect(fs.readFileSync(path.join(first, file)).equals(fs.readFileSync(path.join(second, file))), file).toBe(true)
    }
  })

  it("prints a summary and keeps going past bad inputs, which land in rejects", async () => {
    const input = temporaryDir("tinsach-input-")
    fs.copyFileSync(path.join(seedsDir, "004_86232ecdeac32804.txt"), path.join(input, "good article.txt"))
    fs.writeFileSync(path.join(input, "empty.txt"), "")
    fs.writeFileSync(path.join(input, "image.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]))
    fs.mkdirSync(path.join(input, "sub dir"))
    fs.writeFileSync(
      path.join(input, "sub dir", "bài báo.txt"),
      "Tiêu đề\nNội dung bài báo rất ngắn gọn và rõ ràng về hội nghị.\n"
    )
    const output = path.join(temporaryDir(), "out")
    const run = await runCli(["--input", input, "--output", output])
    expect(run.status).toBe(0)
    expect(run.stderr).toContain("tinsach: 2 documents")
    expect(run.stderr).toMatch(/rejected empty\.txt: empty/u)
    const rejects = await query(
      `SELECT source_path, reason FROM ${sqlPath(path.join(output, "rejects.parquet"))} ORDER BY 1`
    )
    expect(rejects).toEqual([
      { source_path: "empty.txt", reason: "empty" },
      { source_path: "image.txt", reason: "binary" }
    ])
    const documents = await query(
      `SELECT source_path FROM ${sqlPath(path.join(output, "documents.parquet"))} ORDER BY 1`
    )
    expect(documents.map((row) => row.source_path)).toEqual(["good article.txt", "sub dir/bài báo.txt"])
  })

  it("fails with a one-line message on a missing input and leaves the previous output untouched", async () => {
    const output = path.join(temporaryDir(), "out")
    expect((await runCli(["--input", seedsDir, "--output", output, "--quiet"])).status).toBe(0)
    const before = fs.readFileSync(path.join(output, "segments.csv"))
    const run = await runCli(["--input", path.join(seedsDir, "no-such-folder"), "--output", output])
    expect(run.status).not.toBe(0)
    expect(run.stderr.trim().split("\n")).toEqual([expect.stringMatching(/^tinsach: input path not found: /u)])
    expect(fs.readFileSync(path.join(output, "segments.csv")).equals(before)).toBe(true)
    expect(fs.readdirSync(path.dirname(output))).toEqual(["out"])
  })

  it("fails with a one-line message when the output cannot be written", async () => {
    const blocker = path.join(temporaryDir(), "a-file")
    fs.writeFileSync(blocker, "not a folder")
    const run = await runCli(["--input", seedsDir, "--output", path.join(blocker, "out")])
    expect(run.status).not.toBe(0)
    expect(run.stderr.trim().split("\n")).toEqual([expect.stringMatching(/^tinsach: cannot write the output folder/u)])
  })

  it("refuses an unknown output format", async () => {
    const run = await runCli(["--input", seedsDir, "--output", path.join(temporaryDir(), "out"), "--formats", "xlsx"])
    expect(run.status).not.toBe(0)
    expect(run.stderr).toContain("unknown output format: xlsx")
  })
})
