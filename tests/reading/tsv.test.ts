/**
 * TSV is read as TSV: a plain export (PostgreSQL COPY, mysql -B) gives `"` no
 * meaning, so a quote opened in one row and closed in a later one merges
 * nothing and a row starting with a quote loads; a quoted export (Excel,
 * pandas) keeps its multi-line quoted cells.
 */
import * as fs from "node:fs"
import * as path from "node:path"
import { describe, expect, it } from "@effect/vitest"
import { Effect } from "effect"
import { splitTsv } from "../../pipeline/stages/SplitTsv.ts"
import { query, runInto, sqlPath, temporaryDir } from "../support/pipeline.ts"

/** As `psql -c "\copy (SELECT id, title, content, published) TO 'plain.tsv'"` writes it, with a header added. */
const plain = [
  "id\ttitle\tcontent\tpublished",
  '101\t"Đổi mới" sau 40 năm\tNhìn lại chặng đường "đổi mới của đất nước.\t2024-05-02',
  "102\tGiá xăng giảm\tGiá xăng giảm lần thứ ba liên tiếp trong tháng.\t2024-05-03",
  '103\tBộ trưởng nói gì?\tBộ trưởng khẳng định: kết thúc năm"\t2024-05-04',
  '"104\tTrích dẫn\t"Chúng tôi sẽ làm tốt hơn", ông nói.\t2024-05-05',
  "",
  "105\tThời tiết\tHà Nội có mưa rào vào chiều tối.\t2024-05-06",
  ""
].join("\n")

/** A plain export where a quote opens one row's cell and a later row's cell ends with one: three rows, not two. */
const strayQuotes = [
  "id\ttitle\tcontent",
  '301\tMở đầu\t"Trích lời bộ trưởng: chúng tôi sẽ cố gắng.',
  '302\tTiếp theo\tÔng nói thêm về kế hoạch năm sau."',
  "303\tKết\tBài cuối về thời tiết."
].join("\n")

/** As Excel ("Unicode Text") or pandas `to_csv(sep="\t")` write it: cells with quotes, tabs or line breaks are quoted. */
const quoted = [
  "id\ttitle\tcontent",
  '201\tHội nghị\t"Đoạn một của bài.\nĐoạn hai, có ""trích dẫn"" và\tmột tab."',
  '202\t"Tiêu đề ""đặc biệt"""\tBài ngắn về giao thông.',
  "203\tKinh tế\tTăng trưởng đạt 6,5% trong quý."
].join("\r\n")

describe("TSV inputs", () => {
  it("sniffs plain and quoted exports", () => {
    expect(splitTsv(plain)).toMatchObject({ quoted: false })
    expect(splitTsv(plain).rows).toHaveLength(5)
    expect(splitTsv(strayQuotes)).toMatchObject({ quoted: false, header: ["id", "title", "content"] })
    expect(splitTsv(strayQuotes).rows).toHaveLength(3)
    expect(splitTsv(quoted)).toEqual({
      quoted: true,
      header: ["id", "title", "content"],
      rows: [
        ["201", "Hội nghị", 'Đoạn một của bài.\nĐoạn hai, có "trích dẫn" và\tmột tab.'],
        ["202", 'Tiêu đề "đặc biệt"', "Bài ngắn về giao thông."],
        ["203", "Kinh tế", "Tăng trưởng đạt 6,5% trong quý."]
      ]
    })
  })

  it.effect("loads every row of both kinds as its own document, none merged, none rejected", () =>
    Effect.gen(function* () {
      const input = temporaryDir("tinsach-tsv-")
      fs.writeFileSync(path.join(input, "plain.tsv"), plain)
      fs.writeFileSync(path.join(input, "quoted.tsv"), quoted)
      fs.writeFileSync(path.join(input, "stray.tsv"), strayQuotes)
      const output = path.join(temporaryDir(), "out")
      yield* runInto(output, [input])
      const documents = yield* Effect.promise(() =>
        query(
          `SELECT source_path, title, published_date::VARCHAR AS published_date FROM ${sqlPath(path.join(output, "documents.parquet"))}`
        )
      )
      expect(documents).toEqual([
        { source_path: "plain.tsv#1", title: '"Đổi mới" sau 40 năm', published_date: "2024-05-02" },
        { source_path: "plain.tsv#2", title: "Giá xăng giảm", published_date: "2024-05-03" },
        { source_path: "plain.tsv#3", title: "Bộ trưởng nói gì?", published_date: "2024-05-04" },
        { source_path: "plain.tsv#4", title: "Trích dẫn", published_date: "2024-05-05" },
        { source_path: "plain.tsv#5", title: "Thời tiết", published_date: "2024-05-06" },
        // the record's own title field, not its content's first sentence
        { source_path: "quoted.tsv#1", title: "Hội nghị", published_date: null },
        { source_path: "quoted.tsv#2", title: 'Tiêu đề "đặc biệt"', published_date: null },
        { source_path: "quoted.tsv#3", title: "Kinh tế", published_date: null },
        { source_path: "stray.tsv#1", title: "Mở đầu", published_date: null },
        { source_path: "stray.tsv#2", title: "Tiếp theo", published_date: null },
        { source_path: "stray.tsv#3", title: "Kết", published_date: null }
      ])
      const segments = yield* Effect.promise(() =>
        query(
          `SELECT source_path, line_start, raw_text FROM ${sqlPath(path.join(output, "segments.parquet"))} WHERE kind = 'body' OR kind = 'title'`
        )
      )
      expect(segments.filter((row) => String(row.source_path).startsWith("plain.tsv#1"))).toEqual([
        { source_path: "plain.tsv#1", line_start: 1, raw_text: 'Nhìn lại chặng đường "đổi mới của đất nước.' }
      ])
      expect(segments.filter((row) => row.source_path === "quoted.tsv#1").map((row) => row.raw_text)).toEqual([
        "Đoạn một của bài.",
        'Đoạn hai, có "trích dẫn" và\tmột tab.'
      ])
      const rejects = yield* Effect.promise(() =>
        query(`SELECT * FROM ${sqlPath(path.join(output, "rejects.parquet"))}`)
      )
      expect(rejects).toEqual([])
    })
  )
})
