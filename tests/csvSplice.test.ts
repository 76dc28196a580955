/**
 * A rebuild's CSV tables spliced from the previous run's (`CsvSplice.ts`): the
 * places of each input's rows in a CSV DuckDB wrote, values with quotes and
 * line breaks included, and a splice of the previous CSV's rows with the
 * cleaned inputs' rows that gives DuckDB's CSV of all rows byte for byte.
 */
import * as fs from "node:fs"
import * as path from "node:path"
import * as zlib from "node:zlib"
import { DuckDBInstance } from "@duckdb/node-api"
import { describe, expect, it } from "@effect/vitest"
import { scanCsv, spliceCsv } from "../pipeline/services/CsvSplice.ts"
import { temporaryDir } from "./support/pipeline.ts"

/** Rows of (input, text): texts with quotes, commas, line breaks, empty and long ones. */
const texts = [
  "plain",
  'a "quoted" word',
  "two\nlines",
  'comma, and "quote"\nand a line',
  "",
  '"',
  '""\n""',
  "x".repeat(3_000_000)
]

const writeCsv = async (file: string, rows: ReadonlyArray<readonly [number, string]>): Promise<void> => {
  const instance = await DuckDBInstance.create(":memory:")
  const connection = await instance.connect()
  await connection.run("CREATE TABLE t (input INTEGER, text VARCHAR)")
  for (const [input, text] of rows)
    await connection.run(`INSERT INTO t VALUES (${input}, '${text.replaceAll("'", "''")}')`)
  await connection.run(`COPY (SELECT * FROM t) TO '${file}' (FORMAT csv, HEADER, DELIMITER ',', QUOTE '"')`)
  connection.closeSync()
  instance.closeSync()
}

describe("CSV splice", () => {
  it("finds each input's rows in DuckDB's CSV and splices them with new rows into DuckDB's CSV of all", async () => {
    const folder = temporaryDir("tinsach-csv-splice-")
    // inputs 0..5, each with some of the texts (input 2 has none)
    const before: Array<[number, string]> = []
    const rowsBefore = [2, 3, 0, 1, 4, 2]
    let next = 0
    rowsBefore.forEach((count, input) => {
      for (let k = 0; k < count; k++) before.push([input, texts[next++ % texts.length]!])
    })
    const previous = path.join(folder, "previous.csv")
    await writeCsv(previous, before)
    const scanned = scanCsv(previous, rowsBefore)
    expect(scanned.size).toBe(fs.statSync(previous).size)
    const bytes = fs.readFileSync(previous)
    rowsBefore.forEach((_, input) => {
      const text = bytes.subarray(scanned.at[input]!, scanned.at[input]! + scanned.bytes[input]!).toString()
      const expected = before.filter(([owner]) => owner === input).length
      expect(text.split("\n").filter((line) => /^\d+,/u.test(line)).length >= expected || expected === 0).toBe(true)
      if (expected === 0) expect(scanned.bytes[input]).toBe(0)
    })

    // input 1 changed (one row now), input 4 changed to a text with line breaks, the rest reused
    const changed = new Map<number, Array<string>>([
      [1, ['changed, "one"']],
      [4, ["new\n\nlines", 'and ,"more"']]
    ])
    const after: Array<[number, string]> = []
    const rowsAfter: Array<number> = []
    rowsBefore.forEach((_, input) => {
      const own = changed.get(input) ?? before.filter(([owner]) => owner === input).map(([, text]) => text)
      for (const text of own) after.push([input, text])
      rowsAfter.push(own.length)
    })
    const clean = path.join(folder, "clean.csv")
    await writeCsv(clean, after)
    const fresh = path.join(folder, "fresh.csv")
    await writeCsv(
      fresh,
      after.filter(([input]) => changed.has(input))
    )
    const target = path.join(folder, "spliced.csv")
    const spliced = spliceCsv(target, fresh, previous, {
      rows: rowsAfter,
      previousAt: rowsAfter.map((_, input) => (changed.has(input) ? -1 : scanned.at[input]!)),
      previousBytes: rowsAfter.map((_, input) => (changed.has(input) ? 0 : scanned.bytes[input]!))
    })
    expect(fs.readFileSync(target).equals(fs.readFileSync(clean))).toBe(true)
    // the places it records are those a scan of the clean CSV finds
    const rescanned = scanCsv(clean, rowsAfter)
    expect(spliced.at).toEqual(rescanned.at)
    expect(spliced.bytes).toEqual(rescanned.bytes)
    expect([spliced.size, spliced.crc]).toEqual([rescanned.size, rescanned.crc])
    // the previous CSV's CRC-32, taken as the splice read it (what it skipped read too), is the whole file's
    expect(spliced.previousCrc).toBe(zlib.crc32(fs.readFileSync(previous)))
  }, 60_000)

  it("refuses a CSV with more or fewer rows than counted", async () => {
    const folder = temporaryDir("tinsach-csv-splice-")
    const file = path.join(folder, "t.csv")
    await writeCsv(file, [
      [0, "a\nb"],
      [1, "c"]
    ])
    expect(() => scanCsv(file, [1])).toThrow(/more rows/u)
    expect(() => scanCsv(file, [1, 2])).toThrow(/rows early/u)
  })
})
