/**
 * Character classes the line features count on every line, without a regex
 * call per character: each UTF-16 unit's class (`\p{L}`, `\p{Lu}`) is asked of
 * the regex once and kept; a surrogate pair is asked each time (rare in news).
 * The answers are those of `/\p{L}/u` and `/\p{Lu}/u` on the same characters.
 */

const letter = /\p{L}/u
const upper = /\p{Lu}/u

const LETTER = 1
const UPPER = 2
const KNOWN = 128

/** Per UTF-16 unit: 0 until first asked, then KNOWN with the LETTER and UPPER bits of its class. */
const unitClasses = new Uint8Array(0x10000)

/** The class bits of one UTF-16 unit, as the regexes say of it alone (a lone surrogate is neither). */
const classOfUnit = (code: number): number => {
  let bits = unitClasses[code]!
  if (bits === 0) {
    const unit = String.fromCharCode(code)
    bits = KNOWN | (letter.test(unit) ? LETTER : 0) | (upper.test(unit) ? UPPER : 0)
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
