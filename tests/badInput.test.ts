/**
 * Bad input never aborts a run and never loses another input's rows: each bad
 * file or record gets a `rejects` row with a reason and a one-line message on
 * stderr, and the good inputs beside it load as usual.
 */
import * as fs from "node:fs"
import * as path from "node:path"
import { DuckDBInstance } from "@duckdb/node-api"
import { beforeAll, describe, expect, it } from "@effect/vitest"
import { loadRefusing } from "../pipeline/services/RefusedRows.ts"
import { readInput } from "../pipeline/stages/ReadInput.ts"
import { query, runCli, seedsDir, sqlPath, temporaryDir } from "./support/pipeline.ts"

const article = fs.readFileSync(path.join(seedsDir, "001_ac3a030e9e41d6df.txt"), "utf8")
const isRoot = process.getuid?.() === 0

/** A folder holding one of each kind of bad input, and good articles around them. */
const badFolder = (): string => {
  const input = temporaryDir("tinsach-bad-")
  const write = (name: string, content: string | Uint8Array) => {
    fs.mkdirSync(path.dirname(path.join(input, name)), { recursive: true })
    fs.writeFileSync(path.join(input, name), content)
  }
  write("good.txt", article)
  write("đường dẫn có dấu/bài viết số 1.txt", article)
  write("empty.txt", "")
  write("whitespace.txt", " \n\t\r\n   \n")
  write("nul.txt", `Một dòng\u0000 có NUL\n`)
  write("photo.txt", Buffer.concat([Buffer.from("\x89PNG\r\n\x1a\n", "latin1"), Buffer.alloc(64, 0)]))
  const broken = Buffer.from(article)
  write("invalid-bytes.txt", Buffer.concat([broken.subarray(0, 200), Buffer.from([0xff, 0xc3]), broken.subarray(200)]))
  write("one-line.txt", "a ".repeat(1_100_000))
  fs.writeFileSync(path.join(input, "huge.txt"), "")
  fs.truncateSync(path.join(input, "huge.txt"), 1024 ** 3) // sparse: takes no disk, must not be read
  write("broken.html", "<div><p>Đoạn văn <b>không đóng thẻ\n</div></div></span><p>Đoạn hai</table>\n")
  write(
    "export.csv",
    [
      "title,content",
      'Một,"Nội dung bài một, có dấu phẩy."',
      "Hai,Nội dung bài hai,cột thừa",
      "Ba",
      'Bốn,"Nội dung bài bốn với dấu ngoặc không đóng',
      "Năm,Nội dung bài năm"
    ].join("\n")
  )
  write(
    "export.jsonl",
    [
      JSON.stringify({ title: "Một", content: "Nội dung bài một." }),
      '{"title": "Hai", "content": "thiếu ngoặc"',
      "[1, 2]",
      JSON.stringify({ title: "Bốn", content: "Nội dung bài bốn." })
    ].join("\n")
  )
  fs.mkdirSync(path.join(input, "loop"))
  fs.symlinkSync("..", path.join(input, "loop", "back"))
  fs.symlinkSync("self.txt", path.join(input, "self.txt"))
  write("notes.md", "# not an article format\n")
  write("dump/export.json", "[]")
  write(".DS_Store", "hidden")
  write("locked.txt", article)
  fs.chmodSync(path.join(input, "locked.txt"), 0o000)
  return input
}

describe("bad input", () => {
  const input = badFolder()
  const output = path.join(temporaryDir(), "out")
  let run: Awaited<ReturnType<typeof runCli>> = { status: null, stdout: "", stderr: "" }
  beforeAll(async () => {
    run = await runCli(["--input", input, "--output", output, "--max-bytes", String(64 * 1024 * 1024)])
  }, 240_000)

  it("finishes the run with exit 0", () => {
    expect(run.stderr).not.toMatch(/Error:|at .*\.ts:\d+/u)
    expect(run.status).toBe(0)
  })

  it("gives each bad file or record a rejects row with its reason", async () => {
    const rejects = await query(
      `SELECT source_path, reason FROM ${sqlPath(path.join(output, "rejects.parquet"))} ORDER BY source_path`
    )
    expect(rejects).toEqual(
      [
        { source_path: "empty.txt", reason: "empty" },
        { source_path: "export.csv#3", reason: "empty" },
        { source_path: "export.csv#4", reason: "malformed" },
        { source_path: "export.jsonl#2", reason: "malformed" },
        { source_path: "export.jsonl#3", reason: "malformed" },
        { source_path: "huge.txt", reason: "too_large" },
        ...(isRoot ? [] : [{ source_path: "locked.txt", reason: "unreadable" }]),
        { source_path: "loop/back", reason: "unreadable" },
        { source_path: "nul.txt", reason: "binary" },
        { source_path: "one-line.txt", reason: "too_large" },
        { source_path: "photo.txt", reason: "binary" },
        { source_path: "self.txt", reason: "unreadable" },
        { source_path: "whitespace.txt", reason: "empty" }
      ].sort((a, b) => (a.source_path < b.source_path ? -1 : 1))
    )
  })

  it("prints one line on stderr for each reject, with the reason and a sentence", async () => {
    const rejects = await query(
      `SELECT source_path, reason, detail FROM ${sqlPath(path.join(output, "rejects.parquet"))}`
    )
    for (const row of rejects) {
      expect(run.stderr).toContain(`tinsach: rejected ${row.source_path}: ${row.reason}: ${row.detail}\n`)
      expect(String(row.detail)).toMatch(/^[A-Z].*\.$/u)
      expect(String(row.detail)).not.toContain("\n")
    }
  })

  it("loads every good input beside them, including names with spaces and diacritics", async () => {
    const documents = await query(
      `SELECT source_path, format, encoding, n_segments FROM ${sqlPath(path.join(output, "documents.parquet"))} ORDER BY source_path`
    )
    expect(documents.map((row) => [row.source_path, row.encoding])).toEqual(
      [
        ["broken.html", "utf-8"],
        ["export.csv#1", "utf-8"],
        ["export.csv#2", "utf-8"],
        ["export.csv#5", "utf-8"],
        ["export.jsonl#1", "utf-8"],
        ["export.jsonl#4", "utf-8"],
        ["good.txt", "utf-8"],
        ["invalid-bytes.txt", "utf-8-lossy"],
        ...(isRoot ? [["locked.txt", "utf-8"]] : []),
        ["đường dẫn có dấu/bài viết số 1.txt", "utf-8"]
      ].sort((a, b) => (a[0]! < b[0]! ? -1 : 1))
    )
  })

  it("keeps the visible text of malformed HTML", async () => {
    const segments = await query(
      `SELECT text FROM ${sqlPath(path.join(output, "segments.parquet"))} WHERE source_path = 'broken.html' ORDER BY seq`
    )
    expect(segments.map((row) => row.text)).toEqual(["Đoạn văn không đóng thẻ", "Đoạn hai"])
  })

  it("lists every input and what became of it in the manifest", () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(output, "manifest.json"), "utf8")) as {
      inputs: Array<{ source_path: string; documents: number; rejects: Array<string> }>
    }
    const csv = manifest.inputs.find((entry) => entry.source_path === "export.csv")
    expect(csv).toMatchObject({ documents: 3, rejects: ["empty", "malformed"] })
    expect(manifest.inputs.find((entry) => entry.source_path === "huge.txt")).toMatchObject({
      documents: 0,
      rejects: ["too_large"]
    })
  })
})

describe("files that are not an input format", () => {
  it("are named on stderr and listed in the manifest, not silently ignored", async () => {
    const input = badFolder()
    const output = path.join(temporaryDir(), "out")
    const run = await runCli(["--input", input, "--output", output, "--workers", "1"])
    expect(run.stderr).toContain(
      "tinsach: skipped 2 files that are not .txt, .html, .htm, .csv, .tsv or .jsonl (dump/export.json, notes.md); they are listed in the manifest\n"
    )
    const manifest = JSON.parse(fs.readFileSync(path.join(output, "manifest.json"), "utf8")) as {
      skipped_files: string[]
    }
    expect(manifest.skipped_files).toEqual(["dump/export.json", "notes.md"])
  })
})

describe("readInput", () => {
  it("turns a file that vanished or cannot be opened into an unreadable problem", () => {
    const result = readInput({ sourcePath: "gone.txt", absolutePath: "/nonexistent/gone.txt", format: "txt" }, 1000)
    expect(result).toMatchObject({ _tag: "Problem", problem: { reason: "unreadable" } })
  })

  it.skipIf(isRoot)("reports a file without read permission as unreadable", () => {
    const file = path.join(temporaryDir(), "locked.txt")
    fs.writeFileSync(file, "x")
    fs.chmodSync(file, 0)
    expect(readInput({ sourcePath: "locked.txt", absolutePath: file, format: "txt" }, 1000)).toMatchObject({
      problem: { reason: "unreadable" }
    })
  })
})

describe("readInput's bytes", () => {
  it("are readFileSync's, and its modification time statSync's, for gold and seed files, an empty file and sizes around a pool's", () => {
    const folder = temporaryDir("tinsach-read-")
    const written = [0, 1, 4095, 4096, 4097, 8192, 70_000].map((size) => {
      const file = path.join(folder, `${size}.txt`)
      fs.writeFileSync(file, Buffer.from(Array.from({ length: size }, (_, i) => (i * 7 + size) % 256)))
      return file
    })
    const goldRoot = path.join(seedsDir, "..", "tests", "gold")
    const gold = fs
      .readdirSync(goldRoot)
      .filter((set) => fs.existsSync(path.join(goldRoot, set, "raw")))
      .flatMap((set) =>
        fs.readdirSync(path.join(goldRoot, set, "raw")).map((name) => path.join(goldRoot, set, "raw", name))
      )
    const seeds = fs.readdirSync(seedsDir).map((name) => path.join(seedsDir, name))
    const files = [...written, ...gold, ...seeds]
    expect(gold.length).toBeGreaterThan(100)
    for (const file of files) {
      const read = readInput(
        { sourcePath: path.basename(file), absolutePath: file, format: "txt" },
        Number.MAX_SAFE_INTEGER
      )
      if (read._tag !== "Loaded") throw new Error(`${file} not read`)
      expect(Buffer.compare(Buffer.from(read.input.bytes), fs.readFileSync(file))).toBe(0)
      expect(read.mtimeMs).toBe(fs.statSync(file).mtimeMs)
    }
  })
})

describe("loadRefusing", () => {
  const lines = Array.from({ length: 40 }, (_, index) =>
    JSON.stringify({
      n: index,
      day: [3, 11, 12, 39].includes(index) ? "2023-02-29" : `2024-01-${String((index % 28) + 1).padStart(2, "0")}`
    })
  )
  const setUp = async () => {
    const folder = temporaryDir("tinsach-refused-")
    const file = path.join(folder, "rows.jsonl")
    fs.writeFileSync(file, `${lines.join("\n")}\n`)
    const connection = await (await DuckDBInstance.create(":memory:")).connect()
    await connection.run("CREATE TABLE t (n INTEGER NOT NULL, day DATE)")
    const insert = (table: string) => (source: string) =>
      `INSERT INTO ${table} SELECT * FROM read_json(${sqlPath(source)}, format = 'newline_delimited', columns = {'n': 'INTEGER', 'day': 'DATE'})`
    return { folder, file, connection, insert }
  }

  it("loads every row but the refused ones, in order, part by part, and returns those", async () => {
    const { folder, file, connection, insert } = await setUp()
    const refused = await loadRefusing(connection, file, insert("t"), path.join(folder, "part"), 200)
    expect(refused.map((row) => JSON.parse(row.line).n)).toEqual([3, 11, 12, 39])
    expect(refused[0]!.reason).toMatch(/^Invalid Input Error: .*date field value out of range/u)
    const loaded = (await connection.runAndReadAll("SELECT n FROM t")).getRows().map(([n]) => n)
    expect(loaded).toEqual(lines.map((_, index) => index).filter((index) => ![3, 11, 12, 39].includes(index)))
    expect(fs.existsSync(path.join(folder, "part"))).toBe(false)
  })

  it("loads a file DuckDB takes whole in one statement", async () => {
    const { folder, connection, insert } = await setUp()
    const good = path.join(folder, "good.jsonl")
    fs.writeFileSync(good, `${JSON.stringify({ n: 1, day: "2024-02-29" })}\n`)
    expect(await loadRefusing(connection, good, insert("t"), path.join(folder, "part"))).toEqual([])
    expect(fs.existsSync(path.join(folder, "part"))).toBe(false)
  })

  it("ends the load on an error that is no row's fault, rather than refusing every row", async () => {
    const { folder, file, connection, insert } = await setUp()
    await expect(loadRefusing(connection, file, insert("missing"), path.join(folder, "part"), 200)).rejects.toThrow(
      /Catalog Error/u
    )
  })
})
