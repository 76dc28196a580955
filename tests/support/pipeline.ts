/**
 * Test helpers: run the real pipeline into a temporary folder, read tables back
 * through DuckDB, and run single stages on a few lines.
 */
import { spawn } from "node:child_process"
import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"
import { DuckDBInstance } from "@duckdb/node-api"
import { expect } from "@effect/vitest"
import { Effect, Either } from "effect"
import {
  type DecodedInput,
  type LineSegment,
  noHints,
  type Segmented,
  type SourceRecord
} from "../../pipeline/Document.ts"
import { loadRules, processDocument, type RunOptions, runPipeline } from "../../pipeline/Pipeline.ts"
import type { RuleBook } from "../../pipeline/rules/RuleBook.ts"
import { makeEldDetector } from "../../pipeline/services/Eld.ts"
import { LanguageDetector } from "../../pipeline/services/LanguageDetector.ts"
import { segment } from "../../pipeline/stages/Segment.ts"

export const projectRoot = path.resolve(import.meta.dirname, "../..")
export const seedsDir = path.join(projectRoot, "seeds")

/** Every line of the gold pages (each `raw` folder under `tests/gold`) and of the seeds, up to `maxLength` units: real lines to check a fast path against the code it replaces. */
export const goldAndSeedLines = (maxLength: number): Array<string> =>
  fs
    .readdirSync(path.join(projectRoot, "tests/gold"))
    .flatMap((set) => {
      const raw = path.join(projectRoot, "tests/gold", set, "raw")
      return fs.existsSync(raw) ? fs.readdirSync(raw).map((file) => path.join(raw, file)) : []
    })
    .concat(fs.readdirSync(seedsDir).map((file) => path.join(seedsDir, file)))
    .flatMap((file) => fs.readFileSync(file, "utf8").split("\n"))
    .filter((line) => line.length <= maxLength)

export const rules: RuleBook = Either.getOrThrow(loadRules())
export const detect = makeEldDetector(["vi", "fr", "en"])

export const temporaryDir = (prefix = "tinsach-test-"): string => fs.mkdtempSync(path.join(os.tmpdir(), prefix))

export const runInto = (output: string, inputs: ReadonlyArray<string> = [seedsDir], extra: Partial<RunOptions> = {}) =>
  runPipeline({
    inputs,
    output,
    formats: ["parquet", "csv"],
    maxBytes: 1 << 30,
    quiet: true,
    workers: 0,
    ...extra
  }).pipe(Effect.provide(LanguageDetector.Default))

export const query = async (sql: string): Promise<Array<Record<string, unknown>>> => {
  const instance = await DuckDBInstance.create(":memory:")
  const connection = await instance.connect()
  try {
    await connection.run("SET TimeZone = 'UTC'")
    const reader = await connection.runAndReadAll(sql)
    return reader.getRowObjectsJson() as Array<Record<string, unknown>>
  } finally {
    connection.closeSync()
  }
}

export const sqlPath = (file: string): string => `'${file.replaceAll("'", "''")}'`

/** A decoded in-memory document from lines of text. */
export const documentOf = (lines: ReadonlyArray<string>, sourcePath = "test.txt"): SourceRecord => ({
  sourcePath,
  format: "txt",
  encoding: "utf-8",
  contentSha256: "0".repeat(64),
  rawText: lines.join("\n"),
  markup: "text",
  hints: noHints
})

export const segmentLines = (lines: ReadonlyArray<string>): Segmented<LineSegment> => segment(documentOf(lines))

/** Runs every cleaning stage over lines of text. */
export const processLines = (lines: ReadonlyArray<string>) => processDocument(documentOf(lines), { rules, detect })

/**
 * Runs the CLI (or another of the project's commands, `script`) as a user would; resolves to its exit status and output. A child process
 * awaited, not `spawnSync`: a run of over a minute on a loaded machine would block the test's
 * thread past vitest's 60 s RPC timeout and fail a green run.
 */
export const runCli = (
  args: ReadonlyArray<string>,
  cwd = projectRoot,
  script = "pipeline/main.ts"
): Promise<{ readonly status: number | null; readonly stdout: string; readonly stderr: string }> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", path.join(projectRoot, script), ...args], {
      cwd,
      stdio: ["ignore", "pipe", "pipe"]
    })
    let stdout = ""
    let stderr = ""
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      stdout += chunk
    })
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      stderr += chunk
    })
    child.on("error", reject)
    child.on("close", (status) => resolve({ status, stdout, stderr }))
  })

/** The table files of an output folder, CSV and Parquet. */
export const tableFiles = [
  "documents.csv",
  "segments.csv",
  "rejects.csv",
  "documents.parquet",
  "segments.parquet",
  "rejects.parquet"
] as const

/** Two output folders hold byte-identical tables. */
export const expectSameTables = (a: string, b: string): void => {
  for (const file of tableFiles) {
    const left = fs.readFileSync(path.join(a, file))
    expect(left.length, file).toBeGreaterThan(0)
    expect(left.equals(fs.readFileSync(path.join(b, file))), file).toBe(true)
  }
}

/** A CSV or JSONL export as the decode stage hands it to unpack (format from the extension). */
export const decodedExport = (sourcePath: string, rawText: string): DecodedInput => ({
  sourcePath,
  absolutePath: sourcePath,
  format: sourcePath.endsWith(".jsonl") ? "jsonl" : "csv",
  bytes: Buffer.alloc(0),
  contentSha256: "0".repeat(64),
  encoding: "utf-8",
  rawText
})

/**
 * The head of a page that prints no article, only a section's list of headlines each over its
 * date: real lines of the Bộ Y tế portal (tests/gold/vi-more/raw/27_moh-…, the third cut short).
 * Shared by the classifier's and the translation stage's tests.
 */
export const sectionListLines: ReadonlyArray<string> = [
  "HOẠT ĐỘNG CỦA LÃNH ĐẠO BỘ",
  "Trên 1,5 triệu đại biểu dự Hội nghị toàn quốc tập huấn về tổ chức và hoạt động của tổ chức Đảng, chính quyền",
  "Saturday 2025-06-14 03:53",
  "Thứ trưởng Bộ Y tế Trần Văn Thuấn tiếp Đoàn ERIA thăm và làm việc tại Bộ Y tế",
  "Saturday 2025-06-14 02:50",
  "Hội nghị Ban Chấp hành Đảng bộ Bộ Y tế lần thứ II, nhiệm kỳ 2020 - 2025",
  "Saturday 2025-06-14 01:11"
]
