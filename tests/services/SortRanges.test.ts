import { DuckDBInstance } from "@duckdb/node-api"
import { describe, expect, it } from "@effect/vitest"
import { inputRanges, orderBy } from "../../pipeline/services/DuckDb.ts"

describe("a rebuild's sort in ranges of input paths", () => {
  it("gives the rows of one ORDER BY, whatever the number of ranges", async () => {
    const instance = await DuckDBInstance.create(":memory:")
    const connection = await instance.connect()
    await connection.run("CREATE TABLE rows (source_path VARCHAR, reason VARCHAR, detail VARCHAR)")
    // paths out of order, CSV records by number (#2 before #10), several rows per input, quotes in paths
    const values: Array<string> = []
    for (let input = 0; input < 40; input++) {
      const name = `dir/${(input * 17) % 40}'s file.csv`
      for (const record of [10, 2, 1])
        values.push(`('${name.replaceAll("'", "''")}#${record}', 'r${record % 3}', 'd${input}')`)
      values.push(`('plain-${(input * 7) % 40}.txt', 'z', 'x')`)
    }
    await connection.run(`INSERT INTO rows VALUES ${values.join(", ")}`)
    const read = async (sql: string) => (await connection.runAndReadAll(sql)).getRows()
    const whole = await read(`SELECT * FROM rows ${orderBy("rejects")}`)
    for (const limit of [1_000_000, 50, 7, 1]) {
      const ranges = await inputRanges(connection, "rejects", "rows", { textBytes: 1e12, rows: limit })
      expect(ranges.length).toBe(Math.min(80, Math.ceil(160 / limit)))
      const pieces: Array<unknown> = []
      for (const range of ranges)
        pieces.push(...(await read(`SELECT * FROM rows WHERE ${range} ${orderBy("rejects")}`)))
      expect(pieces).toEqual(whole)
    }
    connection.closeSync()
    instance.closeSync()
  })
})
