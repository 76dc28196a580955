/**
 * The digests `crypto.hash` makes in one native call (the file's `content_sha256`, a record's, `doc_id`) are
 * those of `createHash("sha256").update(…).digest("hex")`, which they replaced: on every seed and gold file
 * and line, and on random strings of lone surrogates, astral letters and ASCII, and random bytes.
 */
import { createHash, hash } from "node:crypto"
import * as fs from "node:fs"
import * as path from "node:path"
import { describe, expect, it } from "@effect/vitest"
import { FastCheck } from "effect"
import { documentId } from "../../pipeline/Process.ts"
import { decode } from "../../pipeline/stages/Decode.ts"
import { readInput } from "../../pipeline/stages/ReadInput.ts"
import { unpack } from "../../pipeline/stages/Unpack.ts"

const root = path.resolve(import.meta.dirname, "../..")
const files = [
  path.join(root, "seeds"),
  ...fs.readdirSync(path.join(root, "tests/gold")).map((set) => path.join(root, "tests/gold", set, "raw"))
]
  .filter((folder) => fs.existsSync(folder))
  .flatMap((folder) => fs.readdirSync(folder).map((name) => path.join(folder, name)))
  .filter((file) => fs.statSync(file).isFile())

const before = (data: string | Uint8Array): string =>
  typeof data === "string"
    ? createHash("sha256").update(data, "utf8").digest("hex")
    : createHash("sha256").update(data).digest("hex")

const documentIdBefore = (sourcePath: string, contentSha256: string): string =>
  createHash("sha256").update(`${sourcePath}\n${contentSha256}`).digest("hex").slice(0, 16)

describe("digests by crypto.hash", () => {
  it("are createHash's on every seed and gold file, its records and its lines", () => {
    expect(files.length).toBeGreaterThan(100)
    for (const file of files) {
      const read = readInput(
        { sourcePath: path.basename(file), absolutePath: file, format: "txt" },
        Number.MAX_SAFE_INTEGER
      )
      if (read._tag !== "Loaded") continue
      expect(read.input.contentSha256).toBe(before(fs.readFileSync(file)))
      const sourcePath = path.relative(root, file)
      expect(documentId(sourcePath, read.input.contentSha256)).toBe(
        documentIdBefore(sourcePath, read.input.contentSha256)
      )
      const decoded = decode({
        ...read.input,
        format: file.endsWith(".html")
          ? "html"
          : file.endsWith(".csv")
            ? "csv"
            : file.endsWith(".jsonl")
              ? "jsonl"
              : "txt"
      })
      if (decoded._tag !== "Decoded") continue
      for (const record of unpack(decoded.input).records) {
        expect(documentId(record.sourcePath, record.contentSha256)).toBe(
          documentIdBefore(record.sourcePath, record.contentSha256)
        )
        expect(hash("sha256", record.rawText, "hex")).toBe(before(record.rawText))
      }
      for (const line of decoded.input.rawText.split("\n")) {
        expect(documentId(line, "x")).toBe(documentIdBefore(line, "x"))
        expect(hash("sha256", line, "hex")).toBe(before(line))
      }
    }
  })

  it("are createHash's on random strings (lone surrogates, astral letters) and random bytes", () => {
    const unit = FastCheck.oneof(
      FastCheck.constantFrom("\ud800", "\udc00", "\udbff", "\udfff", "😀", "ặ", "é", "a", "\n", "\u0000", "\ufffd"),
      FastCheck.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code))
    )
    FastCheck.assert(
      FastCheck.property(
        FastCheck.array(unit, { maxLength: 60 }),
        FastCheck.string({ maxLength: 20 }),
        (units, other) => {
          const text = units.join("")
          expect(documentId(text, other)).toBe(documentIdBefore(text, other))
          expect(documentId(other, text)).toBe(documentIdBefore(other, text))
          expect(hash("sha256", text, "hex")).toBe(before(text))
        }
      ),
      { numRuns: 20_000 }
    )
    FastCheck.assert(
      FastCheck.property(FastCheck.uint8Array({ maxLength: 300 }), FastCheck.nat(3), (bytes, offset) => {
        // a view at an offset into a larger buffer, as a file's bytes may be
        const view = bytes.subarray(Math.min(offset, bytes.length))
        expect(hash("sha256", view, "hex")).toBe(before(view))
      }),
      { numRuns: 5_000 }
    )
  })
})
