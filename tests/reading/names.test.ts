/**
 * Every input file gets its own `source_path`: names that are not UTF-8 are
 * read by their bytes and percent-escaped, `#` and `%` in names are escaped so
 * a file cannot pass for a record (`a.csv#2`), and two `--input` roots holding
 * the same relative path are told apart by their folder names.
 */
import * as fs from "node:fs"
import * as path from "node:path"
import { describe, expect, it } from "@effect/vitest"
import { Effect } from "effect"
import { escapeName, rootLabels } from "../../pipeline/stages/ReadInput.ts"
import { query, runInto, sqlPath, temporaryDir } from "../support/pipeline.ts"

const article = (topic: string) =>
  `Tin tức về ${topic}\n\nĐây là nội dung bài báo về ${topic}, với nhiều thông tin cho bạn đọc.\n`

const rows = (output: string, table: "documents" | "rejects") =>
  Effect.promise(() =>
    query(
      table === "documents"
        ? `SELECT source_path, title FROM ${sqlPath(path.join(output, "documents.parquet"))}`
        : `SELECT source_path, reason FROM ${sqlPath(path.join(output, "rejects.parquet"))}`
    )
  )

describe("source_path", () => {
  it("escapes bytes that are not UTF-8, %, # and control characters, and nothing else", () => {
    expect(escapeName(Buffer.from([0x62, 0xe0, 0x69, 0x2e, 0x74, 0x78, 0x74]))).toBe("b%E0i.txt")
    expect(escapeName(Buffer.from("bài viết #2 (100%).txt"))).toBe("bài viết %232 (100%25).txt")
    expect(escapeName(Buffer.from("dòng\nmới.txt"))).toBe("dòng%0Amới.txt")
    // an overlong "/" and a lone surrogate are not UTF-8
    expect(escapeName(Buffer.from([0xc0, 0xaf, 0xed, 0xa0, 0x80]))).toBe("%C0%AF%ED%A0%80")
    expect(rootLabels(["/data/one/news", "/data/two/news"])).toEqual(["one/news", "two/news"])
    expect(rootLabels(["/data/news"])).toEqual([null])
  })

  it.effect("reads non-UTF-8 names by their bytes and keeps every name distinct from records and each other", () =>
    Effect.gen(function* () {
      const input = temporaryDir("tinsach-names-")
      const write = (name: Buffer | string, content: string) =>
        fs.writeFileSync(Buffer.concat([Buffer.from(`${input}/`), Buffer.from(name)]), content)
      write(Buffer.from([0x62, 0xe0, 0x69, 0x2e, 0x74, 0x78, 0x74]), article("bài một")) // b\xe0i.txt (Latin-1 "bài")
      write(Buffer.from([0x62, 0xe1, 0x69, 0x2e, 0x74, 0x78, 0x74]), article("bài hai")) // b\xe1i.txt
      write("b%E0i.txt", article("tên có dấu phần trăm"))
      write("a.csv", "title,content\nMột,Nội dung bài một về kinh tế.\nHai,Nội dung bài hai về thể thao.\n")
      write("notes#2.txt", article("tệp tên có dấu thăng"))
      // a folder whose name is not UTF-8 (Latin-1 "dép"), holding a file and a folder of its own
      const folder = Buffer.concat([Buffer.from(`${input}/`), Buffer.from([0x64, 0xe9, 0x70])])
      fs.mkdirSync(Buffer.concat([folder, Buffer.from("/con")]), { recursive: true })
      fs.writeFileSync(Buffer.concat([folder, Buffer.from("/bài.txt")]), article("thư mục tên Latin-1"))
      fs.writeFileSync(Buffer.concat([folder, Buffer.from("/con/sâu.txt")]), article("thư mục con"))
      const output = path.join(temporaryDir(), "out")
      // a worker thread receives the name's bytes as a plain Uint8Array
      yield* runInto(output, [input], { workers: 1 })
      expect(yield* rows(output, "documents")).toEqual([
        { source_path: "a.csv#1", title: "Một" },
        { source_path: "a.csv#2", title: "Hai" },
        { source_path: "b%25E0i.txt", title: "Tin tức về tên có dấu phần trăm" },
        { source_path: "b%E0i.txt", title: "Tin tức về bài một" },
        { source_path: "b%E1i.txt", title: "Tin tức về bài hai" },
        { source_path: "d%E9p/bài.txt", title: "Tin tức về thư mục tên Latin-1" },
        { source_path: "d%E9p/con/sâu.txt", title: "Tin tức về thư mục con" },
        { source_path: "notes%232.txt", title: "Tin tức về tệp tên có dấu thăng" }
      ])
      expect(yield* rows(output, "rejects")).toEqual([])
      // a text file literally named `a.csv#2`, given as an input of its own
      const single = temporaryDir("tinsach-names-")
      fs.writeFileSync(path.join(single, "a.csv#2"), article("tệp tên có dấu thăng"))
      const alone = path.join(temporaryDir(), "out")
      yield* runInto(alone, [path.join(single, "a.csv#2")])
      expect(yield* rows(alone, "documents")).toEqual([
        { source_path: "a.csv%232", title: "Tin tức về tệp tên có dấu thăng" }
      ])
    })
  )

  it.effect("tells apart two --input roots holding the same relative path", () =>
    Effect.gen(function* () {
      const base = temporaryDir("tinsach-roots-")
      for (const [root, topic] of [
        ["one", "Hà Nội"],
        ["two", "Huế"]
      ] as const) {
        fs.mkdirSync(path.join(base, root, "news"), { recursive: true })
        fs.writeFileSync(path.join(base, root, "news", "same.txt"), article(topic))
      }
      const output = path.join(temporaryDir(), "out")
      yield* runInto(output, [path.join(base, "one", "news"), path.join(base, "two", "news")])
      expect(yield* rows(output, "documents")).toEqual([
        { source_path: "one/news/same.txt", title: "Tin tức về Hà Nội" },
        { source_path: "two/news/same.txt", title: "Tin tức về Huế" }
      ])
    })
  )
})
