import { describe, expect, it } from "@effect/vitest"
import iconv from "iconv-lite"
import type { LoadedInput } from "../../pipeline/Document.ts"
import { decode, guessLegacyEncoding } from "../../pipeline/stages/Decode.ts"

const loaded = (bytes: Uint8Array): LoadedInput => ({
  sourcePath: "a.txt",
  absolutePath: "a.txt",
  format: "txt",
  bytes,
  contentSha256: "0".repeat(64)
})

const vietnamese = "Sáng 27/1, tại Hà Nội, Ban Tổ chức Trung ương tổ chức Hội nghị cán bộ công chức."
const french = "Le Comité a déployé de manière synchrone, complète et systématique le travail à Hanoï."

/**
 * The form windows-1258 stores: base letters with circumflex, breve or horn
 * precomposed (â ê ô ă ơ ư), tone marks as separate combining characters.
 */
const windows1258Form = (text: string): string =>
  text
    .normalize("NFD")
    .replace(
      /(\p{L})([\u0300\u0301\u0303\u0309\u0323]*)([\u0302\u0306\u031B])/gu,
      (_, base: string, tones: string, mark: string) => `${`${base}${mark}`.normalize("NFC")}${tones}`
    )

const decoded = (bytes: Uint8Array) => {
  const result = decode(loaded(bytes))
  if (result._tag !== "Decoded") throw new Error(`expected text, got ${result.problem.reason}`)
  return { encoding: result.input.encoding, text: result.input.rawText.normalize("NFC") }
}

const problem = (bytes: Uint8Array) => {
  const result = decode(loaded(bytes))
  return result._tag === "Problem" ? result.problem.reason : "decoded"
}

describe("decode", () => {
  it("reads UTF-8 with and without a BOM", () => {
    expect(decoded(Buffer.from(vietnamese))).toEqual({ encoding: "utf-8", text: vietnamese })
    expect(decoded(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(vietnamese)]))).toEqual({
      encoding: "utf-8",
      text: vietnamese
    })
  })

  it("reads UTF-16 by its BOM, and without one by its NUL pattern", () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(vietnamese, "utf-16le")])
    expect(decoded(le)).toEqual({ encoding: "utf-16le", text: vietnamese })
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(french, "utf-16be")])
    expect(decoded(be)).toEqual({ encoding: "utf-16be", text: french })
    expect(decoded(iconv.encode(french, "utf-16le"))).toEqual({ encoding: "utf-16le", text: french })
  })

  it("tells windows-1258 Vietnamese from windows-1252 French", () => {
    const vi = iconv.encode(windows1258Form(vietnamese), "windows-1258")
    expect(guessLegacyEncoding(vi)).toBe("windows-1258")
    expect(decoded(vi)).toEqual({ encoding: "windows-1258", text: vietnamese })
    const fr = iconv.encode(french, "windows-1252")
    expect(guessLegacyEncoding(fr)).toBe("windows-1252")
    expect(decoded(fr)).toEqual({ encoding: "windows-1252", text: french })
  })

  it("rejects empty, whitespace-only and binary input with a reason", () => {
    expect(problem(new Uint8Array())).toBe("empty")
    expect(problem(Buffer.from(" \n\t\r\n "))).toBe("empty")
    expect(problem(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49]))).toBe(
      "binary"
    )
  })
})
