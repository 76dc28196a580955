import * as fs from "node:fs"
import * as path from "node:path"
import { describe, expect, it } from "@effect/vitest"
import { FastCheck } from "effect"
import iconv from "iconv-lite"
import type { LoadedInput } from "../../pipeline/Document.ts"
import { declaredCharset, decode, decodeCesu8, guessLegacyEncoding, looksBinary } from "../../pipeline/stages/Decode.ts"

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

describe("declared charsets and damaged UTF-8", () => {
  it("follows a <meta charset> or an XML declaration when the bytes are not UTF-8", () => {
    const page = `<html><head><meta charset="windows-1258"></head><body><p>${vietnamese}</p></body></html>`
    const bytes = iconv.encode(windows1258Form(page), "windows-1258")
    expect(declaredCharset(bytes)).toBe("windows-1258")
    expect(decoded(bytes)).toEqual({ encoding: "windows-1258", text: page })
    const xml = `<?xml version="1.0" encoding="ISO-8859-1"?><article>${french}</article>`
    // ISO-8859-1 is read as its superset windows-1252, as browsers do (WHATWG Encoding)
    expect(decoded(iconv.encode(xml, "latin1"))).toEqual({ encoding: "windows-1252", text: xml })
  })

  it("follows a <meta charset> written after kilobytes of the <head>, up to </head> and the first 16 KB", () => {
    // A saved Polish page: scripts and other <meta> tags fill its first kilobytes before the charset.
    const polish = "Jak pomagać, żeby nie zaszkodzić: ziemniaki na szóstej, surówka na dziesiątej."
    const scripts = `<script>${"var tracking = window.dataLayer || [];\n".repeat(80)}</script>`
    const late = `<html><head>${scripts}<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-2"></head><body><p>${polish}</p></body></html>`
    expect(late.indexOf("charset")).toBeGreaterThan(1024)
    const bytes = iconv.encode(late, "iso-8859-2")
    expect(declaredCharset(bytes)).toBe("iso-8859-2")
    expect(decoded(bytes)).toEqual({ encoding: "iso-8859-2", text: late })
    // A charset named in the body (an article quoting markup) or past 16 KB says nothing of the page.
    const inBody = `<html><head>${scripts}</head><body><p>${french}</p><code>&lt;meta charset="iso-8859-2"&gt;</code><meta charset="iso-8859-2"></body></html>`
    expect(declaredCharset(iconv.encode(inBody, "windows-1252"))).toBeNull()
    const far = `<html><head>${scripts.repeat(6)}<meta charset="iso-8859-2"></head></html>`
    expect(far.indexOf("<meta")).toBeGreaterThan(16 * 1024)
    expect(declaredCharset(iconv.encode(far, "windows-1252"))).toBeNull()
  })

  it("keeps UTF-8 when a page declares a legacy charset but serves UTF-8", () => {
    const page = `<meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><p>${vietnamese}</p>`
    expect(decoded(Buffer.from(page))).toEqual({ encoding: "utf-8", text: page })
  })

  it("decodes UTF-8 with a few broken sequences as utf-8-lossy, the broken bytes replaced", () => {
    const good = Buffer.from(`${vietnamese}\n${vietnamese}`)
    const broken = Buffer.concat([good.subarray(0, 40), Buffer.from([0xc3]), good.subarray(40)])
    const result = decoded(broken)
    expect(result.encoding).toBe("utf-8-lossy")
    expect(result.text).toContain("\uFFFD")
    expect(result.text.replace("\uFFFD", "")).toBe(`${vietnamese}\n${vietnamese}`)
  })
})

/** `looksBinary` as it was: every byte of the first 64 KB counted. */
const looksBinaryByLoop = (bytes: Uint8Array): boolean => {
  const sample = Math.min(bytes.length, 65_536)
  let control = 0
  for (let i = 0; i < sample; i++) {
    const byte = bytes[i]!
    if (byte < 0x09 || (byte > 0x0d && byte < 0x20 && byte !== 0x1b)) control++
  }
  return control > sample * 0.1
}

/** `decodeCesu8` as it was: one byte per turn. */
const cesuByLoop = (bytes: Uint8Array) => {
  const high = (i: number) =>
    bytes[i] === 0xed &&
    bytes[i + 1]! >= 0xa0 &&
    bytes[i + 1]! <= 0xaf &&
    bytes[i + 2]! >= 0x80 &&
    bytes[i + 2]! <= 0xbf
  const low = (i: number) =>
    bytes[i] === 0xed &&
    bytes[i + 1]! >= 0xb0 &&
    bytes[i + 1]! <= 0xbf &&
    bytes[i + 2]! >= 0x80 &&
    bytes[i + 2]! <= 0xbf
  const at = (i: number) => 0xd000 | ((bytes[i + 1]! & 0x3f) << 6) | (bytes[i + 2]! & 0x3f)
  if (bytes.indexOf(0xed) < 0) return { _tag: "NotCesu" }
  const out = Buffer.alloc(bytes.length)
  let length = 0
  let surrogates = 0
  let unpaired = -1
  for (let i = 0; i < bytes.length; ) {
    if (high(i) && low(i + 3)) {
      length += out.write(
        String.fromCodePoint(0x10000 + ((at(i) - 0xd800) << 10) + (at(i + 3) - 0xdc00)),
        length,
        "utf8"
      )
      surrogates++
      i += 6
    } else if (high(i) || low(i)) {
      if (unpaired < 0) unpaired = i
      length += out.write("\uFFFD", length, "utf8")
      surrogates++
      i += 3
    } else {
      out[length++] = bytes[i++]!
    }
  }
  if (surrogates === 0) return { _tag: "NotCesu" }
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(out.subarray(0, length))
    return unpaired >= 0 ? { _tag: "Unpaired", offset: unpaired } : { _tag: "Cesu", text }
  } catch {
    return { _tag: "NotCesu" }
  }
}

describe("the byte scans that replaced loops", () => {
  const root = path.resolve(import.meta.dirname, "../..")
  const files = [
    path.join(root, "seeds"),
    path.join(root, "tests/fixtures/html"),
    ...fs.readdirSync(path.join(root, "tests/gold")).map((set) => path.join(root, "tests/gold", set, "raw")),
    path.resolve(root, "../shared/html-eval/pages")
  ]
    .filter((folder) => fs.existsSync(folder))
    .flatMap((folder) => fs.readdirSync(folder).map((name) => path.join(folder, name)))
    .filter((file) => fs.statSync(file).isFile())

  it("looksBinary and decodeCesu8 answer as the loops did on every repo and html-eval file", () => {
    expect(files.length).toBeGreaterThan(100)
    for (const file of files) {
      const bytes = new Uint8Array(fs.readFileSync(file))
      expect(looksBinary(bytes)).toBe(looksBinaryByLoop(bytes))
      expect(decodeCesu8(bytes)).toEqual(cesuByLoop(bytes))
    }
  })

  it("looksBinary and decodeCesu8 answer as the loops did on random bytes, surrogates and control bytes", () => {
    const piece = FastCheck.oneof(
      FastCheck.constantFrom(
        [0xed, 0xa0, 0xbd],
        [0xed, 0xb8, 0x80],
        [0xed, 0xa0, 0x80, 0xed, 0xb0, 0x80],
        [0xed],
        [0xed, 0x9f, 0xbf],
        [0xe2, 0x82, 0xac],
        [0x41],
        [0x0a],
        [0x00],
        [0x01],
        [0x1b],
        [0x1f],
        [0x0e],
        [0xc3, 0xa9]
      ),
      FastCheck.array(FastCheck.integer({ min: 0, max: 255 }), { maxLength: 4 })
    )
    FastCheck.assert(
      FastCheck.property(FastCheck.array(piece, { maxLength: 40 }), FastCheck.nat(3), (pieces, offset) => {
        // A view at an offset into a larger buffer, as a file's bytes may be.
        const flat = [7, 7, 7, ...pieces.flat()]
        const bytes = new Uint8Array(flat).subarray(offset)
        expect(looksBinary(bytes)).toBe(looksBinaryByLoop(bytes))
        expect(decodeCesu8(bytes)).toEqual(cesuByLoop(bytes))
      }),
      { numRuns: 20_000 }
    )
  })
})

/** What `decode` made of bytes without a BOM or a NUL before it decoded first (`looksBinary` first, then UTF-8). */
const decodedAsBefore = (bytes: Uint8Array): "binary" | string | null => {
  if (looksBinaryByLoop(bytes)) return "binary"
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes)
  } catch {
    return null
  }
}

describe("decode: UTF-8 decoded before the control bytes are counted", () => {
  const same = (bytes: Uint8Array) => {
    if (bytes.indexOf(0) >= 0 || (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)) return
    if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return
    const expected = decodedAsBefore(bytes)
    const result = decode(loaded(bytes))
    if (expected === "binary") expect(result._tag === "Problem" && result.problem.reason).toBe("binary")
    else if (expected !== null && result._tag === "Decoded") {
      expect(result.input.rawText).toBe(expected)
      expect(result.input.encoding).toBe("utf-8")
    } else if (expected !== null) expect(result._tag === "Problem" && result.problem.reason).not.toBe("binary")
  }

  it("answers as before on random UTF-8 and control bytes", () => {
    const piece = FastCheck.oneof(
      FastCheck.constantFrom(
        "a",
        " ",
        "\n",
        "\t",
        "\u0001",
        "\u0008",
        "\u000e",
        "\u001b",
        "\u001f",
        "é",
        "ặ",
        "😀",
        "€"
      ),
      FastCheck.integer({ min: 1, max: 0x1f }).map((code) => String.fromCharCode(code))
    )
    FastCheck.assert(
      FastCheck.property(FastCheck.array(piece, { maxLength: 60 }), (pieces) => {
        same(new Uint8Array(Buffer.from(pieces.join(""))))
      }),
      { numRuns: 20_000 }
    )
  })

  it("answers as before around the 64 KB sample, where characters are fewer than bytes", () => {
    for (const filler of ["é", "ặ", "😀", "a"])
      for (const at of [0, 30_000, 65_535, 65_536, 70_000, 100_000])
        for (const controls of [1, 5_000, 8_000])
          for (const bytesLong of [66_000, 140_000]) {
            const text = filler.repeat(Math.ceil(bytesLong / Buffer.byteLength(filler)))
            const bytes = Buffer.from(text)
            const withControls = Buffer.concat([
              bytes.subarray(0, Math.min(at, bytes.length)),
              Buffer.alloc(controls, 0x01),
              bytes.subarray(Math.min(at, bytes.length))
            ])
            // a cut inside a character is no UTF-8: `same` then only checks the binary answer
            same(new Uint8Array(withControls))
          }
  })
})
