/**
 * Decodes an input's bytes to text and records the encoding used.
 *
 * Rules, in order:
 * - no bytes: `empty`;
 * - a BOM decides: UTF-8, UTF-16LE, UTF-16BE;
 * - NUL bytes alternating with text and no BOM: UTF-16 without BOM; other NUL
 *   bytes or many control bytes: `binary` (images renamed `.txt`, archives);
 * - valid UTF-8 is UTF-8, whatever a page declares (pages often declare a
 *   legacy charset and serve UTF-8);
 * - UTF-8 but for characters above U+FFFF written as two 3-byte surrogates
 *   (CESU-8: Java's modified UTF-8, Oracle's `UTF8`, some MySQL dumps) is
 *   `cesu-8`, the pairs joined; a surrogate without its pair is `undecodable`
 *   (no legacy code page would read those bytes right either);
 * - otherwise the charset a `<meta charset>` or an XML declaration names;
 * - otherwise, UTF-8 with a few broken sequences (a truncated download, a bad
 *   concatenation) is decoded as `utf-8-lossy`, the broken bytes replaced;
 * - otherwise a legacy code page: windows-1258 when the bytes that differ
 *   between the two code pages are mostly Vietnamese letters and tone marks,
 *   else windows-1252 (French pages saved by old tools);
 * - text that is only whitespace after decoding: `empty`;
 *   text full of replacement characters: `undecodable`.
 */
import { createRequire } from "node:module"
import type Iconv from "iconv-lite"
import type { DecodedInput, InputProblem, LoadedInput } from "../Document.ts"

export type DecodeResult =
  | { readonly _tag: "Decoded"; readonly input: DecodedInput }
  | { readonly _tag: "Problem"; readonly problem: InputProblem }

const utf8 = new TextDecoder("utf-8", { fatal: true })

let iconvLite: typeof Iconv | undefined
/**
 * iconv-lite, required when a page first needs a legacy encoding or UTF-16 (most
 * pages are UTF-8): it is not bundled into `dist/`, and a UTF-8 run never loads it.
 */
const iconv = (): typeof Iconv => {
  iconvLite ??= createRequire(import.meta.url)("iconv-lite") as typeof Iconv
  return iconvLite
}

/**
 * Bytes whose meaning differs between windows-1258 and windows-1252 and that, in
 * windows-1258, are Vietnamese letters (Ă ă Đ đ Ơ ơ Ư ư) or combining tone marks.
 */
const vietnameseOnlyBytes = new Set([0xc3, 0xe3, 0xd0, 0xf0, 0xd5, 0xf5, 0xdd, 0xfd, 0xcc, 0xec, 0xd2, 0xf2, 0xde])

const countUtf16Nuls = (bytes: Uint8Array, parity: 0 | 1): number => {
  let count = 0
  for (let i = parity; i < bytes.length; i += 2) if (bytes[i] === 0) count++
  return count
}

/** UTF-16 without a BOM: NUL bytes on one parity. Called only when the bytes hold a NUL. */
const utf16WithoutBom = (bytes: Uint8Array): "utf-16le" | "utf-16be" | null => {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return null
  const half = bytes.length / 2
  const oddNuls = countUtf16Nuls(bytes, 1)
  const evenNuls = countUtf16Nuls(bytes, 0)
  if (oddNuls > half * 0.6 && evenNuls < half * 0.1) return "utf-16le"
  if (evenNuls > half * 0.6 && oddNuls < half * 0.1) return "utf-16be"
  return null
}

/** Control bytes are counted in the first 64 KB: a binary file shows it at once. */
const CONTROL_SAMPLE_BYTES = 65_536

/** The control bytes `looksBinary` counts: below TAB, and between CR and space but ESC. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the control bytes, read as latin1 characters
const controlByte = /[\u0000-\u0008\u000e-\u001a\u001c-\u001f]/

/** Many control bytes: binary. (A NUL without the UTF-16 pattern is decided before.) */
export const looksBinary = (bytes: Uint8Array): boolean => {
  const sample = Math.min(bytes.length, CONTROL_SAMPLE_BYTES)
  // Most files hold no control byte at all: one native search of the sample (as latin1, a character per byte) says so.
  if (!controlByte.test(Buffer.from(bytes.buffer, bytes.byteOffset, sample).toString("latin1"))) return false
  // An indexed loop: iterating the typed array (`for … of` a subarray) took 4–5 times as long.
  let control = 0
  for (let i = 0; i < sample; i++) {
    const byte = bytes[i]!
    if (byte < 0x09 || (byte > 0x0d && byte < 0x20 && byte !== 0x1b)) control++
  }
  return control > sample * 0.1
}

/**
 * Whether a text decoded from UTF-8 may hold a control byte `looksBinary` counts: `false` says its sample holds
 * none, so `looksBinary` of the bytes is `false`, without their latin1 copy. In UTF-8 a byte below 0x20 is only
 * ever that character itself, and the sample's characters are among the text's first `CONTROL_SAMPLE_BYTES`
 * units (a character's bytes are never fewer than its UTF-16 units).
 */
const controlInText = (text: string): boolean =>
  controlByte.test(text.length > CONTROL_SAMPLE_BYTES ? text.slice(0, CONTROL_SAMPLE_BYTES) : text)

/** Chooses between the two legacy code pages the corpus meets. */
export const guessLegacyEncoding = (bytes: Uint8Array): "windows-1258" | "windows-1252" => {
  let high = 0
  let vietnamese = 0
  for (const byte of bytes) {
    if (byte >= 0x80) {
      high++
      if (vietnameseOnlyBytes.has(byte)) vietnamese++
    }
  }
  return high > 0 && vietnamese / high >= 0.2 ? "windows-1258" : "windows-1252"
}

const lenientUtf8 = new TextDecoder("utf-8")

/** Browsers read these labels as windows-1252. */
const charsetAliases: Readonly<Record<string, string>> = {
  "iso-8859-1": "windows-1252",
  latin1: "windows-1252",
  "us-ascii": "windows-1252",
  ascii: "windows-1252",
  cp1258: "windows-1258",
  utf8: "utf-8"
}

/** How far a `<meta charset>` is looked for (a `<head>` holding scripts and styles before it). */
const DECLARATION_SEARCH_BYTES = 16 * 1024

/**
 * The charset a `<meta>` tag or an XML declaration names in the first 16 KB,
 * up to `</head>`. Browsers look in the first 1,024 bytes only, but many saved
 * pages write their `<meta charset>` after kilobytes of scripts, styles and
 * other `<meta>` tags; read as windows-1252, their text was mojibake.
 */
export const declaredCharset = (bytes: Uint8Array): string | null => {
  const start = Buffer.from(bytes.subarray(0, DECLARATION_SEARCH_BYTES)).toString("latin1")
  const headEnd = start.search(/<\/head\s*>/iu)
  const head = headEnd < 0 ? start : start.slice(0, headEnd)
  const found =
    /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/iu.exec(head) ?? /<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/iu.exec(head)
  const label = found?.[1]?.toLowerCase()
  if (label === undefined) return null
  const name = charsetAliases[label] ?? label
  return iconv().encodingExists(name) ? name : null
}

/** Mostly UTF-8: many well-formed multi-byte characters for each broken sequence. */
const mostlyUtf8 = (text: string): boolean => {
  let replaced = 0
  let multibyte = 0
  for (const char of text) {
    if (char === "\uFFFD") replaced++
    else if (char.codePointAt(0)! > 0x7f) multibyte++
  }
  return multibyte >= 10 * replaced
}

const isHighSurrogateAt = (bytes: Uint8Array, i: number): boolean =>
  bytes[i] === 0xed && bytes[i + 1]! >= 0xa0 && bytes[i + 1]! <= 0xaf && bytes[i + 2]! >= 0x80 && bytes[i + 2]! <= 0xbf
const isLowSurrogateAt = (bytes: Uint8Array, i: number): boolean =>
  bytes[i] === 0xed && bytes[i + 1]! >= 0xb0 && bytes[i + 1]! <= 0xbf && bytes[i + 2]! >= 0x80 && bytes[i + 2]! <= 0xbf
const surrogateAt = (bytes: Uint8Array, i: number): number =>
  0xd000 | ((bytes[i + 1]! & 0x3f) << 6) | (bytes[i + 2]! & 0x3f)

type CesuResult =
  | { readonly _tag: "NotCesu" }
  | { readonly _tag: "Cesu"; readonly text: string }
  | { readonly _tag: "Unpaired"; readonly offset: number }

/**
 * Joins CESU-8 surrogate pairs into UTF-8 and decodes. `NotCesu` when the
 * bytes hold no surrogate or are not UTF-8 elsewhere either (a legacy code
 * page can write `ED A0 80` too); `Unpaired` when a surrogate is alone in
 * otherwise good UTF-8.
 */
export const decodeCesu8 = (bytes: Uint8Array): CesuResult => {
  if (bytes.indexOf(0xed) < 0) return { _tag: "NotCesu" }
  const out = Buffer.alloc(bytes.length)
  let length = 0
  let surrogates = 0
  let unpaired = -1
  for (let i = 0; i < bytes.length; ) {
    // A surrogate's bytes start with ED: the bytes up to the next ED are copied as they are, in one piece.
    const next = bytes.indexOf(0xed, i)
    const stop = next < 0 ? bytes.length : next
    if (stop > i) {
      out.set(bytes.subarray(i, stop), length)
      length += stop - i
      i = stop
      if (next < 0) break
    }
    if (isHighSurrogateAt(bytes, i) && isLowSurrogateAt(bytes, i + 3)) {
      const codePoint = 0x10000 + ((surrogateAt(bytes, i) - 0xd800) << 10) + (surrogateAt(bytes, i + 3) - 0xdc00)
      length += out.write(String.fromCodePoint(codePoint), length, "utf8")
      surrogates++
      i += 6
    } else if (isHighSurrogateAt(bytes, i) || isLowSurrogateAt(bytes, i)) {
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
    const text = utf8.decode(out.subarray(0, length))
    return unpaired >= 0 ? { _tag: "Unpaired", offset: unpaired } : { _tag: "Cesu", text }
  } catch {
    return { _tag: "NotCesu" }
  }
}

type Decoded = { readonly text: string; readonly encoding: string } | { readonly undecodable: string } | null

const decodeText = (bytes: Uint8Array): Decoded => {
  const b0 = bytes[0]
  const b1 = bytes[1]
  if (b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf) {
    return { text: Buffer.from(bytes.subarray(3)).toString("utf8"), encoding: "utf-8" }
  }
  if (b0 === 0xff && b1 === 0xfe)
    return { text: iconv().decode(Buffer.from(bytes.subarray(2)), "utf-16le"), encoding: "utf-16le" }
  if (b0 === 0xfe && b1 === 0xff)
    return { text: iconv().decode(Buffer.from(bytes.subarray(2)), "utf-16be"), encoding: "utf-16be" }
  if (bytes.indexOf(0) >= 0) {
    const utf16 = utf16WithoutBom(bytes)
    return utf16 === null ? null : { text: iconv().decode(Buffer.from(bytes), utf16), encoding: utf16 }
  }
  let text: string
  try {
    text = utf8.decode(bytes)
  } catch {
    if (looksBinary(bytes)) return null
    const cesu = decodeCesu8(bytes)
    if (cesu._tag === "Cesu") return { text: cesu.text, encoding: "cesu-8" }
    if (cesu._tag === "Unpaired")
      return {
        undecodable: `The text writes UTF-16 surrogates as UTF-8 bytes (CESU-8) and one at byte ${cesu.offset} has no pair, so no character can be read there; re-export it as UTF-8.`
      }
    const declared = declaredCharset(bytes)
    if (declared !== null && declared !== "utf-8")
      return { text: iconv().decode(Buffer.from(bytes), declared), encoding: declared }
    const lenient = lenientUtf8.decode(bytes)
    if (mostlyUtf8(lenient)) return { text: lenient, encoding: "utf-8-lossy" }
    const encoding = guessLegacyEncoding(bytes)
    return { text: iconv().decode(Buffer.from(bytes), encoding), encoding }
  }
  return controlInText(text) && looksBinary(bytes) ? null : { text, encoding: "utf-8" }
}

const replacementShare = (text: string): number => {
  if (!text.includes("\uFFFD")) return 0
  let replacements = 0
  for (const char of text) if (char === "\uFFFD") replacements++
  return text.length === 0 ? 0 : replacements / text.length
}

export const decode = (input: LoadedInput): DecodeResult => {
  const problem = (reason: InputProblem["reason"], detail: string): DecodeResult => ({
    _tag: "Problem",
    problem: { sourcePath: input.sourcePath, reason, detail }
  })
  if (input.bytes.length === 0) return problem("empty", "The file is empty.")
  const decoded = decodeText(input.bytes)
  if (decoded === null) return problem("binary", "The file holds binary data (NUL or control bytes), not text.")
  if ("undecodable" in decoded) return problem("undecodable", decoded.undecodable)
  if (!/\S/u.test(decoded.text)) return problem("empty", "The file holds only whitespace.")
  if (replacementShare(decoded.text) > 0.05) {
    return problem("undecodable", `The text decoded as ${decoded.encoding} is mostly replacement characters.`)
  }
  return { _tag: "Decoded", input: { ...input, encoding: decoded.encoding, rawText: decoded.text } }
}
