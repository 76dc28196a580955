/**
 * CSV output is safe to open in a spreadsheet: a text cell that would start a
 * formula gets a leading `'`; Parquet keeps the text as it is.
 */
import * as fs from "node:fs"
import * as path from "node:path"
import { describe, expect, it } from "@effect/vitest"
import { Effect } from "effect"
import { query, runInto, sqlPath, temporaryDir } from "../support/pipeline.ts"

describe("CSV output", () => {
  it.effect("prefixes cells that start a formula with ' and leaves Parquet untouched", () =>
    Effect.gen(function* () {
      const input = temporaryDir("tinsach-formula-")
      const lines = [
        "Tiêu đề bài báo về hội nghị",
        "",
        '=HYPERLINK("http://evil.example","Bấm vào đây")',
        "",
        "+84 912 345 678 là số điện thoại của tòa soạn",
        "",
        "-1 độ C vào sáng nay ở Sa Pa, trời rất lạnh",
        "",
        "@tinsach trên mạng xã hội",
        "",
        "Đoạn văn bình thường không bắt đầu bằng công thức."
      ]
      fs.writeFileSync(path.join(input, "=cmd.txt"), lines.join("\n"))
      const output = path.join(temporaryDir(), "out")
      yield* runInto(output, [input])
      const fromCsv = yield* Effect.promise(() =>
        query(
          `SELECT source_path, text FROM read_csv(${sqlPath(path.join(output, "segments.csv"))}, all_varchar = true) ORDER BY seq`
        )
      )
      const fromParquet = yield* Effect.promise(() =>
        query(`SELECT source_path, text FROM ${sqlPath(path.join(output, "segments.parquet"))} ORDER BY seq`)
      )
      const texts = [
        "Tiêu đề bài báo về hội nghị",
        '=HYPERLINK("http://evil.example","Bấm vào đây")',
        "+84 912 345 678 là số điện thoại của tòa soạn",
        "-1 độ C vào sáng nay ở Sa Pa, trời rất lạnh",
        "@tinsach trên mạng xã hội",
        "Đoạn văn bình thường không bắt đầu bằng công thức."
      ]
      expect(fromParquet).toEqual(texts.map((text) => ({ source_path: "=cmd.txt", text })))
      expect(fromCsv).toEqual(
        texts.map((text) => ({ source_path: "'=cmd.txt", text: /^[=+\-@]/u.test(text) ? `'${text}` : text }))
      )
    })
  )
})
