/**
 * Character classes the line features count on every line, without a regex
 * call per character: each UTF-16 unit's class (`\p{L}`, `\p{Lu}`) is asked of
 * the regex once and kept; a surrogate pair is asked each time (rare in news).
 * The answers are those of `/\p{L}/u`, `/\p{Lu}/u` and `/\p{Ll}/u` on the same characters.
 */

const letter = /\p{L}/u
const upper = /\p{Lu}/u
const lower = /\p{Ll}/u

const LETTER = 1
const UPPER = 2
const LOWER = 4
const KNOWN = 128

/** Per UTF-16 unit: 0 until first asked, then KNOWN with the LETTER and UPPER bits of its class. */
const unitClasses = new Uint8Array(0x10000)

/** The class bits of one UTF-16 unit, as the regexes say of it alone (a lone surrogate is neither). */
const classOfUnit = (code: number): number => {
  let bits = unitClasses[code]!
  if (bits === 0) {
    const unit = String.fromCharCode(code)
    bits = KNOWN | (letter.test(unit) ? LETTER : 0) | (upper.test(unit) ? UPPER : 0) | (lower.test(unit) ? LOWER : 0)
    unitClasses[code] = bits
  }
  return bits
}

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff
const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff

/** Whether the UTF-16 unit at `i` is an upper-case letter (`/\p{Lu}/u` on `text.charAt(i)`). */
export const isUpperUnit = (text: string, i: number): boolean =>
  i < text.length && (classOfUnit(text.charCodeAt(i)) & UPPER) !== 0

export interface CharacterCounts {
  /** Code points other than the space. */
  readonly total: number
  readonly upper: number
  readonly letters: number
  /** ASCII digits. */
  readonly digits: number
}

/** Counts over the code points of `text`, spaces left out. */
export const countCharacters = (text: string): CharacterCounts => {
  let total = 0
  let upperCount = 0
  let letters = 0
  let digits = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code === 0x20) continue
    total++
    if (isHighSurrogate(code) && i + 1 < text.length && isLowSurrogate(text.charCodeAt(i + 1))) {
      const codePoint = text.slice(i, i + 2)
      if (upper.test(codePoint)) upperCount++
      if (letter.test(codePoint)) letters++
      i++
      continue
    }
    const bits = classOfUnit(code)
    if ((bits & UPPER) !== 0) upperCount++
    if ((bits & LETTER) !== 0) letters++
    if (code >= 0x30 && code <= 0x39) digits++
  }
  return { total, upper: upperCount, letters, digits }
}

/** `text` without its characters that are not letters (`text.replace(/[^\p{L}]+/gu, "")`). */
export const lettersOnly = (text: string): string => {
  let kept = ""
  let runStart = 0
  let i = 0
  while (i < text.length) {
    const code = text.charCodeAt(i)
    const pair = isHighSurrogate(code) && i + 1 < text.length && isLowSurrogate(text.charCodeAt(i + 1))
    const width = pair ? 2 : 1
    const isLetter = pair ? letter.test(text.slice(i, i + 2)) : (classOfUnit(code) & LETTER) !== 0
    if (!isLetter) {
      if (i > runStart) kept += text.slice(runStart, i)
      runStart = i + width
    }
    i += width
  }
  return runStart === 0 ? text : kept + text.slice(runStart)
}

/** The class bits of the code point at `i` and its width in UTF-16 units. */
const codePointAt = (text: string, i: number): { readonly bits: number; readonly width: number } => {
  const code = text.charCodeAt(i)
  if (isHighSurrogate(code) && i + 1 < text.length && isLowSurrogate(text.charCodeAt(i + 1))) {
    const pair = text.slice(i, i + 2)
    const bits = (letter.test(pair) ? LETTER : 0) | (upper.test(pair) ? UPPER : 0) | (lower.test(pair) ? LOWER : 0)
    return { bits, width: 2 }
  }
  return { bits: classOfUnit(code), width: 1 }
}

/** A lower-case, an upper-case and a lower-case letter in a row: `/\p{Ll}\p{Lu}\p{Ll}/u.test(text)`. */
export const hasLowerUpperLower = (text: string): boolean => {
  let beforeLast = 0
  let last = 0
  for (let i = 0; i < text.length; ) {
    const { bits, width } = codePointAt(text, i)
    if ((beforeLast & LOWER) !== 0 && (last & UPPER) !== 0 && (bits & LOWER) !== 0) return true
    beforeLast = last
    last = bits
    i += width
  }
  return false
}

/** Every character of the Basic Multilingual Plane but the surrogates, made on first use. */
let bmp: string | undefined
const basicMultilingualPlane = (): string => {
  const units = new Uint16Array(0x10000 - 0x800)
  for (let code = 0, i = 0; code < 0x10000; code++) if (code < 0xd800 || code > 0xdfff) units[i++] = code
  return new TextDecoder("utf-16le").decode(units)
}

const classEscaped = (c: string): string => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`

/**
 * The characters that match one of `text`'s characters case-insensitively under `iu` and not
 * under `i` alone: every character of the Basic Multilingual Plane tried against each one. The
 * tables' names are BMP letters; a text holding a surrogate is read with `iu` anyway.
 */
export const foldsOnlyWithUnicode = (text: string): RegExp => {
  bmp ??= basicMultilingualPlane()
  const units = [...new Set(text)].filter((c) => c.length === 1)
  const anyUnit = new RegExp(`[${units.map(classEscaped).join("")}]`, "giu")
  const candidates = [...new Set(bmp.match(anyUnit) ?? [])].join("")
  const differing = new Set<string>()
  for (const unit of units) {
    const withUnicode = candidates.match(new RegExp(classEscaped(unit), "giu")) ?? []
    const without = new Set(candidates.match(new RegExp(classEscaped(unit), "gi")) ?? [])
    for (const c of withUnicode) if (!without.has(c)) differing.add(c)
  }
  return new RegExp(`[\\ud800-\\udfff${[...differing].map(classEscaped).join("")}]`)
}
