import { describe, expect, it } from "@effect/vitest"
import type { DecodedInput } from "../../pipeline/Document.ts"
import { unpack } from "../../pipeline/stages/Unpack.ts"

const input = (sourcePath: string, format: DecodedInput["format"], rawText: string): DecodedInput => ({
  sourcePath,
  absolutePath: sourcePath,
  format,
  bytes: Buffer.from(rawText),
  contentSha256: "0".repeat(64),
  encoding: "utf-8",
  rawText
})

const summary = (result: ReturnType<typeof unpack>) => ({
  records: result.records.map((r) => ({ path: r.sourcePath, text: r.rawText, markup: r.markup, title: r.hints.title })),
  problems: result.problems.map((p) => `${p.sourcePath}: ${p.reason}`)
})

describe("CSV and TSV exports", () => {
  it("makes one article per row, with quoted newlines and metadata columns", () => {
    const csv =
      'Title,Content,Published,Source\n"Một","Dòng một\nDòng hai",2024-01-05,VnExpress\n"Hai","Bài ""hai""",,\n'
    const result = unpack(input("a.csv", "csv", csv))
    expect(summary(result)).toEqual({
      records: [
        { path: "a.csv#1", text: "Dòng một\nDòng hai", markup: "text", title: "Một" },
        { path: "a.csv#2", text: 'Bài "hai"', markup: "text", title: "Hai" }
      ],
      problems: []
    })
    expect(result.records[0]?.hints).toMatchObject({ published: "2024-01-05", outlet: "VnExpress" })
  })

  it("reads TSV by its extension and HTML in a field as HTML", () => {
    const tsv = "title\thtml\nMột\t<p>Đoạn <b>một</b></p>\n"
    expect(summary(unpack(input("a.tsv", "csv", tsv))).records).toEqual([
      { path: "a.tsv#1", text: "<p>Đoạn <b>một</b></p>", markup: "html", title: "Một" }
    ])
  })

  it("rejects the row with an unbalanced quote, and keeps the rows before and after it", () => {
    const csv = 'title,content\n"Một","Bài một"\n"Hai","Bài hai không đóng ngoặc\n"Ba","Bài ba"\n'
    const result = summary(unpack(input("a.csv", "csv", csv)))
    expect(result.records.map((r) => r.path)).toEqual(["a.csv#1", "a.csv#3"])
    expect(result.records[1]).toMatchObject({ title: "Ba", text: "Bài ba" })
    expect(result.problems).toEqual(["a.csv#2: malformed"])
  })

  it("loads ragged rows that still have text, and rejects a row with none", () => {
    const csv = "title,content,extra\nMột,Bài một\nHai,Bài hai,x,y\nBa\n"
    const result = summary(unpack(input("a.csv", "csv", csv)))
    expect(result.records.map((r) => r.path)).toEqual(["a.csv#1", "a.csv#2"])
    expect(result.problems).toEqual(["a.csv#3: empty"])
  })

  it("rejects a file whose header names no text column", () => {
    expect(summary(unpack(input("a.csv", "csv", "id,name\n1,x\n"))).problems).toEqual(["a.csv: malformed"])
  })
})

describe("JSONL exports", () => {
  it("loads the good lines and rejects each broken one", () => {
    const jsonl = '{"title":"Một","text":"Bài một"}\n{broken\n\n{"body":"Bài ba"}\n[1]\n{"title":"no text"}\n'
    const result = summary(unpack(input("a.jsonl", "jsonl", jsonl)))
    expect(result.records.map((r) => [r.path, r.text])).toEqual([
      ["a.jsonl#1", "Bài một"],
      ["a.jsonl#3", "Bài ba"]
    ])
    expect(result.problems).toEqual(["a.jsonl#2: malformed", "a.jsonl#4: malformed", "a.jsonl#5: empty"])
  })
})
