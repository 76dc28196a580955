/**
 * The compact listing (`InputList`): a file is its `source_path`, format and
 * folder, its absolute path made when read. It must give every file the path
 * the listing of objects gave, names that are not UTF-8, `%`, `#` and control
 * characters included; `unescapeName` undoes `escapeName`; the faster
 * `byPathBytes` orders as UTF-8 bytes do.
 */
import * as fs from "node:fs"
import * as path from "node:path"
import { describe, expect, it } from "@effect/vitest"
import { byPathBytes, escapeName, listInputFiles, listInputs, unescapeName } from "../../pipeline/stages/ReadInput.ts"
import { temporaryDir } from "../support/pipeline.ts"

/** A deterministic generator (mulberry32). */
const random = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}

const utf8Strict = new TextDecoder("utf-8", { fatal: true })
const asNodePath = (bytes: Buffer): string | Buffer => {
  try {
    return utf8Strict.decode(bytes)
  } catch {
    return bytes
  }
}

describe("unescapeName", () => {
  it("gives back the bytes of every name escapeName wrote", () => {
    const next = random(7)
    const alphabet = [
      0x25, 0x23, 0x01, 0x0a, 0x7f, 0x61, 0x2e, 0xc3, 0xa9, 0xe0, 0xff, 0xf0, 0x9f, 0x98, 0x80, 0xed, 0xa0
    ]
    const wrong: Array<string> = []
    for (let i = 0; i < 20_000; i++) {
      const name = Buffer.from(
        Array.from({ length: Math.floor(next() * 12) }, () =>
          next() < 0.5 ? alphabet[Math.floor(next() * alphabet.length)]! : Math.floor(next() * 256)
        )
      )
      if (!unescapeName(escapeName(name)).equals(name)) wrong.push(name.toString("hex"))
    }
    expect(wrong).toEqual([])
    expect(unescapeName("bài viết %232 (100%25).txt").toString()).toBe("bài viết #2 (100%).txt")
    expect([...unescapeName("b%E0i.txt")]).toEqual([0x62, 0xe0, 0x69, 0x2e, 0x74, 0x78, 0x74])
  })
})

describe("byPathBytes", () => {
  it("orders as the strings' UTF-8 bytes compare, surrogates and lone surrogates included", () => {
    const pool = [
      "a",
      "b",
      "/",
      ".",
      "%",
      "é",
      "\u00ff",
      "\u0100",
      "\ud7ff",
      "\ue000",
      "\uffff",
      "😀",
      "\ud83d",
      "\ude00",
      "𐀀",
      "z"
    ]
    const next = random(11)
    const text = () =>
      Array.from({ length: Math.floor(next() * 6) }, () => pool[Math.floor(next() * pool.length)]).join("")
    const wrong: Array<string> = []
    for (let i = 0; i < 50_000; i++) {
      const a = text()
      const b = text()
      if (Math.sign(byPathBytes(a, b)) !== Buffer.compare(Buffer.from(a), Buffer.from(b)))
        wrong.push(`${JSON.stringify(a)} ${JSON.stringify(b)}`)
    }
    expect(wrong).toEqual([])
  })
})

describe("InputList", () => {
  it("gives each file the path of its folder and name, as the bytes when they are not UTF-8", () => {
    const root = temporaryDir("tinsach-input-list-")
    const names = [
      "a.txt",
      "b%c.txt",
      "h#1.csv",
      "ok\u00e9.html",
      "ctl\u0001.txt",
      "x.TXT",
      "\ufeffbom.txt",
      "😀.jsonl"
    ]
      .map((name) => Buffer.from(name))
      .concat([Buffer.from([0xe0, 0x62, 0x2e, 0x74, 0x78, 0x74])])
    const folders = [[], ["sub"], ["sub", "deeper é"], ["\ufeffbom"], ["a"]].map((parts) =>
      parts.map((p) => Buffer.from(p))
    )
    const written: Array<Buffer> = []
    for (const folder of folders) {
      const directory = Buffer.concat([Buffer.from(root), ...folder.flatMap((part) => [Buffer.from("/"), part])])
      fs.mkdirSync(directory, { recursive: true })
      for (const name of names) {
        const file = Buffer.concat([directory, Buffer.from("/"), name])
        fs.writeFileSync(file, "x")
        written.push(file)
      }
    }
    for (const label of [null, "one/two"]) {
      const listing = listInputFiles(root, { label })
      const files = listing.files.toArray()
      expect(files.length).toBe(written.length)
      expect(listInputs(root, { label }).files).toEqual(files)
      // the path of each listed file is the one it was written at, as Node takes it
      const expected = new Set(written.map((file) => JSON.stringify(asNodePath(file))))
      for (const [index, file] of files.entries()) {
        expect(expected.has(JSON.stringify(file.absolutePath))).toBe(true)
        expect(listing.files.sourcePath(index)).toBe(file.sourcePath)
        expect(listing.files.absolutePath(index)).toEqual(file.absolutePath)
        const bytes = typeof file.absolutePath === "string" ? file.absolutePath : Buffer.from(file.absolutePath)
        expect(fs.readFileSync(bytes, "utf8")).toBe("x")
      }
      const paths = files.map((file) => file.sourcePath)
      expect(paths).toEqual([...paths].sort(byPathBytes))
      const kept = listing.files.filter((sourcePath) => sourcePath.includes("sub"))
      expect(kept.toArray()).toEqual(files.filter((file) => file.sourcePath.includes("sub")))
    }
    const both = listInputFiles(root, { label: "x" }).files.concat(
      listInputFiles(path.join(root, "sub"), { label: "y" }).files
    )
    expect(both.toArray()).toEqual([
      ...listInputs(root, { label: "x" }).files,
      ...listInputs(path.join(root, "sub"), { label: "y" }).files
    ])
    const single = listInputFiles(path.join(root, "a.txt")).files
    expect(single.toArray()).toEqual([{ sourcePath: "a.txt", absolutePath: path.join(root, "a.txt"), format: "txt" }])
  })
})
