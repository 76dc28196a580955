/**
 * The evaluator can fail: exact figures on a hand-built case, F1 = 1 on the
 * seeds' own output, and the right lower figures on a deliberately corrupted copy.
 */
import * as fs from "node:fs"
import * as path from "node:path"
import { beforeAll, describe, expect, it } from "@effect/vitest"
import { Effect } from "effect"
import { parseGoldLines } from "../pipeline/evaluate/Gold.ts"
import { type PredictedSegment, score } from "../pipeline/evaluate/Score.ts"
import { projectRoot, query, runCli, runInto, sqlPath, temporaryDir } from "./support/pipeline.ts"

const goldFile = path.join(projectRoot, "tests/gold/seeds/lines.tsv")

const segment = (
  line: number,
  kind: string,
  lang: string,
  mtFlag: boolean,
  rawText = "x".repeat(10)
): PredictedSegment => ({
  sourcePath: "a.txt",
  lineStart: line,
  lineEnd: line,
  kind,
  lang,
  mtFlag,
  rawText
})

describe("score", () => {
  const gold = parseGoldLines(
    [
      "file\tline\tkind\tlang\tmt",
      "a.txt\t1\ttitle\tvi\t0",
      "a.txt\t2\tbody\tfr\t1",
      "a.txt\t3\tbody\tfr\t1",
      "a.txt\t4\tsource\tund\t0",
      "a.txt\t5\tbody\tvi\t0"
    ].join("\n")
  )

  it("gives exact figures", () => {
    const report = score(gold, [
      segment(1, "title", "vi", false),
      segment(2, "body", "fr", true, "y".repeat(30)),
      segment(3, "caption", "fr", false, "z".repeat(10)),
      segment(4, "body", "en", false)
    ])
    expect(report.noise).toEqual({ precision: 0, recall: 0, f1: 0, support: 1 })
    expect(report.kindAccuracy).toBeCloseTo(2 / 5)
    expect(report.langAccuracy).toBeCloseTo(3 / 5)
    expect(report.mt).toEqual({ precision: 1, recall: 0.5, f1: 2 / 3, support: 2 })
    expect(report.contentCharsKept).toBeCloseTo(40 / 50)
    expect(report.confusion).toEqual({
      title: { title: 1 },
      body: { body: 1, caption: 1, "(missing)": 1 },
      source: { body: 1 }
    })
    expect(report.wrong.map((w) => w.line)).toEqual([3, 4, 5])
    expect(report.wrong[2]?.got).toBeNull()
  })
})

const runEvaluate = (args: ReadonlyArray<string>) => runCli(args, projectRoot, "pipeline/evaluate/main.ts")

const evaluateCli = async (output: string) => {
  const result = await runEvaluate(["--output", output, "--gold", goldFile, "--json"])
  expect(result.status, result.stderr).toBe(0)
  return JSON.parse(result.stdout)
}

describe("pnpm evaluate", () => {
  const output = path.join(temporaryDir(), "output")
  const corrupted = temporaryDir("tinsach-corrupted-")
  beforeAll(async () => {
    await Effect.runPromise(runInto(output))
    await query(`COPY (
      SELECT * REPLACE (
        CASE WHEN source_path = '001_ac3a030e9e41d6df.txt' AND line_start = 15 THEN 'body'
             WHEN source_path = '004_86232ecdeac32804.txt' AND line_start = 6 THEN 'caption'
             ELSE kind END AS kind,
        CASE WHEN source_path = '002_454041552c928ad9.txt' AND line_start = 1 THEN false ELSE mt_flag END AS mt_flag)
      FROM ${sqlPath(path.join(output, "segments.parquet"))}
    ) TO ${sqlPath(path.join(corrupted, "segments.parquet"))} (FORMAT parquet)`)
    // Page fields: one title changed, one outlet lost, one page's row gone.
    await query(`COPY (
      SELECT * REPLACE (
        CASE WHEN source_path = '000_024a118ad2b276b3.txt' THEN 'Trang chủ' ELSE title END AS title,
        CASE WHEN source_path = '001_ac3a030e9e41d6df.txt' THEN NULL ELSE outlet END AS outlet)
      FROM ${sqlPath(path.join(output, "documents.parquet"))}
      WHERE source_path <> '003_d61af1a5dfd7ec8a.txt'
    ) TO ${sqlPath(path.join(corrupted, "documents.parquet"))} (FORMAT parquet)`)
  })

  it("reports F1 = 1 on the seeds' own output", async () => {
    const report = await evaluateCli(output)
    expect(report.noise.f1).toBe(1)
    expect(report.mt.f1).toBe(1)
    expect(report.kindAccuracy).toBe(1)
    expect(report.langAccuracy).toBe(1)
    expect(report.contentCharsKept).toBe(1)
    expect(report.wrong).toEqual([])
    // documents.tsv lies beside the line labels: the page fields are judged too
    expect(report.pages).toEqual({
      pages: 5,
      right: { title: 1, date: 1, outlet: 1, author: 1, language: 1, mt: 1 },
      wrong: []
    })
  })

  it("reports the right lower figures on a corrupted output", async () => {
    const report = await evaluateCli(corrupted)
    // One noise line called body (a miss), one body line called caption (a false alarm): 19 of 20 each way.
    expect(report.noise.precision).toBeCloseTo(19 / 20)
    expect(report.noise.recall).toBeCloseTo(19 / 20)
    expect(report.kindAccuracy).toBeCloseTo(60 / 62)
    expect(report.mt.precision).toBe(1)
    expect(report.mt.recall).toBeCloseTo(26 / 27)
    const [lost] = await query(
      `SELECT length(raw_text) AS n FROM ${sqlPath(path.join(output, "segments.parquet"))} WHERE source_path = '004_86232ecdeac32804.txt' AND line_start = 6`
    )
    const [all] = await query(
      `SELECT sum(length(raw_text)) AS n FROM ${sqlPath(path.join(output, "segments.parquet"))} WHERE kind IN ('title', 'body')`
    )
    expect(report.contentCharsKept).toBeCloseTo(1 - Number(lost?.n) / Number(all?.n))
    expect(report.wrong.map((w: { file: string; line: number }) => `${w.file}:${w.line}`)).toEqual([
      "001_ac3a030e9e41d6df.txt:15",
      "002_454041552c928ad9.txt:1",
      "004_86232ecdeac32804.txt:6"
    ])
    const missing = "(no document in the output)"
    expect(report.pages.right).toEqual({
      title: 3 / 5,
      date: 4 / 5,
      outlet: 3 / 5,
      author: 4 / 5,
      language: 4 / 5,
      mt: 4 / 5
    })
    expect(report.pages.wrong).toEqual([
      {
        file: "000_024a118ad2b276b3.txt",
        field: "title",
        expected: "Đảm bảo công tác chuẩn bị nhân sự cho đại hội Đảng các cấp",
        got: "Trang chủ"
      },
      { file: "001_ac3a030e9e41d6df.txt", field: "outlet", expected: "VTV", got: "" },
      ...["title", "date", "outlet", "author", "language", "mt"].map((field) => ({
        file: "003_d61af1a5dfd7ec8a.txt",
        field,
        expected: expect.any(String),
        got: missing
      }))
    ])
  })

  it("judges the page fields against an explicit --documents file, and says which file it cannot read", async () => {
    const labels = path.join(temporaryDir(), "pages.tsv")
    fs.writeFileSync(
      labels,
      "file\ttitle\tpublished\toutlet\tauthor\tlanguage\tmt\n001_ac3a030e9e41d6df.txt\tHội nghị toàn quốc công tác tổ chức xây dựng Đảng\t2015-01-29\tVTV|vtv.vn\t\tvi\tnone\n"
    )
    const result = await runEvaluate(["--output", output, "--gold", goldFile, "--documents", labels, "--json"])
    expect(result.status, result.stderr).toBe(0)
    const report = JSON.parse(result.stdout)
    expect(report.pages.pages).toBe(1)
    expect(report.pages.wrong).toEqual([
      { file: "001_ac3a030e9e41d6df.txt", field: "author", expected: "", got: "Phương Mai" }
    ])
    const absent = await runEvaluate([
      "--output",
      output,
      "--gold",
      goldFile,
      "--documents",
      path.join(temporaryDir(), "none.tsv")
    ])
    expect(absent.status).not.toBe(0)
    expect(absent.stderr).toMatch(/^tinsach evaluate: cannot read the page labels: .*none\.tsv/u)
  })

  it("fails with a one-line message when the output is missing", async () => {
    const result = await runEvaluate(["--output", temporaryDir(), "--gold", goldFile])
    expect(result.status).not.toBe(0)
    expect(result.stderr.trim().split("\n")).toEqual([
      expect.stringMatching(/^tinsach evaluate: .*segments\.parquet not found/u)
    ])
    expect(fs.existsSync(goldFile)).toBe(true)
  })
})
