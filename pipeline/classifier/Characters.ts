/**
 * Character classes the line features count on every line, without a regex
 * call per character: each UTF-16 unit's class (`\p{L}`, `\p{Lu}`) is asked of
 * the regex once and kept; a surrogate pair is asked each time (rare in news).
 * The answers are those of `/\p{L}/u`, `/\p{Lu}/u` and `/\p{Ll}/u` on the same characters.
 */

const letter = /\p{L}/u
const upper = /\p{Lu}/u
const lower = /\p{Ll}/u
const number = /\p{N}/u

const LETTER = 1
const UPPER = 2
const LOWER = 4
const NUMBER = 8
/** What `\s` matches (`isSpaceUnit`), not a class of `\p{…}`: kept beside them so that a line's pass asks one table. */
const SPACE = 16
const KNOWN = 128

/** Per UTF-16 unit: 0 until first asked, then KNOWN with the LETTER, UPPER, LOWER, NUMBER and SPACE bits of its class. */
const unitClasses = new Uint8Array(0x10000)

/** The class bits of one UTF-16 unit, as the regexes say of it alone (a lone surrogate is neither). */
const classOfUnit = (code: number): number => {
  let bits = unitClasses[code]!
  if (bits === 0) {
    const unit = String.fromCharCode(code)
    bits =
      KNOWN |
      (letter.test(unit) ? LETTER : 0) |
      (upper.test(unit) ? UPPER : 0) |
      (lower.test(unit) ? LOWER : 0) |
      (number.test(unit) ? NUMBER : 0) |
      (isSpaceUnit(code) ? SPACE : 0)
    unitClasses[code] = bits
  }
  return bits
}

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff
const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff

/** Whether one UTF-16 unit is a letter (`/\p{L}/u` on it alone; a lone surrogate is none). */
export const isLetterUnit = (code: number): boolean => (classOfUnit(code) & LETTER) !== 0

/** Whether one UTF-16 unit is a lower-case letter (`/\p{Ll}/u` on it alone; a lone surrogate is none). */
export const isLowerUnit = (code: number): boolean => (classOfUnit(code) & LOWER) !== 0

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

/** Counts over the code points of `text`, spaces left out (`countLineCharacters`' first four). */
export const countCharacters = (text: string): CharacterCounts => {
  const { total, upper, letters, digits } = countLineCharacters(text, noMarks)
  return { total, upper, letters, digits }
}

const noMarks: ReadonlySet<number> = new Set()

/** `countCharacters`, and the letters `countLetters` (`DetectLanguage.ts`) reads, in one pass. */
export interface LineCharacterCounts extends CharacterCounts {
  /** Letters read by UTF-16 unit: a surrogate, of a pair or alone, is none (`countLetters`' `letters`). */
  readonly unitLetters: number
  /** Those of them among `marked` (`countLetters`' `vietnamese`, with its Vietnamese-only letters). */
  readonly marked: number
}

/**
 * `countCharacters(text)` and `countLetters(text)` of `DetectLanguage.ts` in the same pass, as the
 * line features read both of every line: `countLetters` counts a unit that is a letter alone (an
 * ASCII letter, one of its Vietnamese-only letters, or a letter of the class cache) and nothing of
 * a surrogate, which is what this counts of the units `countCharacters` reads one by one (a space
 * is no letter); `marked` must hold letters only.
 */
export const countLineCharacters = (text: string, marked: ReadonlySet<number>): LineCharacterCounts => {
  let total = 0
  let upperCount = 0
  let letters = 0
  let digits = 0
  let unitLetters = 0
  let markedCount = 0
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
    if ((bits & LETTER) !== 0) {
      letters++
      unitLetters++
      if (code >= 0x80 && marked.has(code)) markedCount++
    }
    if (code >= 0x30 && code <= 0x39) digits++
  }
  return { total, upper: upperCount, letters, digits, unitLetters, marked: markedCount }
}

/** `countWords`, `countLineCharacters` and `hasLowerUpperLower` of one line, as the line features read all three. */
export interface LineCounts extends LineCharacterCounts {
  readonly words: number
  readonly titled: number
  /** `hasLowerUpperLower(text)`. */
  readonly lowerUpperLower: boolean
}

/**
 * `countWords(text)`, `countLineCharacters(text, marked)` and `hasLowerUpperLower(text)` in one pass
 * over the units, each unit's class asked once: the words as `countWords` reads them unit by unit
 * (before a space is left out of the counts), the counts as `countLineCharacters` (a surrogate pair
 * asked of the patterns, its low unit neither a space nor a word's start, as `countWords` finds it
 * too), and a lower-, an upper- and a lower-case unit in a row as `hasLowerUpperLower` reads a text
 * without surrogates; a text with one is asked `hasLowerUpperLower` itself.
 */
export const countLine = (text: string, marked: ReadonlySet<number>): LineCounts => {
  const markedUnits = markedUnitsOf(marked)
  let words = 0
  let titled = 0
  let afterSpace = false
  let total = 0
  let upperCount = 0
  let letters = 0
  let digits = 0
  let unitLetters = 0
  let markedCount = 0
  let surrogate = false
  let lowerUpperLower = false
  // The class bits of the two units before this one (0 before the text).
  let beforeLast = 0
  let last = 0
  if (text.length > 0) words = 1
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    // Each unit's class and `\s` read from one table (`classOfUnit`, asked once per unit).
    let bits = unitClasses[code]!
    if (bits === 0) bits = classOfUnit(code)
    if ((bits & SPACE) !== 0) {
      if (!afterSpace) words++
      afterSpace = true
      beforeLast = last
      last = 0
      if (code === 0x20) continue
      total++
      // `\s` but not the space: no letter, upper case or digit (its class bits say so).
      if ((bits & UPPER) !== 0) upperCount++
      if ((bits & LETTER) !== 0) {
        letters++
        unitLetters++
        markedCount += markedUnits[code]!
      }
      last = bits
      continue
    }
    if ((i === 0 || afterSpace) && (bits & UPPER) !== 0) titled++
    afterSpace = false
    if ((last & UPPER) !== 0 && (beforeLast & LOWER) !== 0 && (bits & LOWER) !== 0) lowerUpperLower = true
    beforeLast = last
    last = bits
    total++
    if (code >= 0xd800 && code <= 0xdfff) {
      surrogate = true
      if (isHighSurrogate(code) && i + 1 < text.length && isLowSurrogate(text.charCodeAt(i + 1))) {
        const codePoint = text.slice(i, i + 2)
        if (upper.test(codePoint)) upperCount++
        if (letter.test(codePoint)) letters++
        i++
        continue
      }
    }
    if ((bits & UPPER) !== 0) upperCount++
    if ((bits & LETTER) !== 0) {
      letters++
      unitLetters++
      markedCount += markedUnits[code]!
    }
    if (code >= 0x30 && code <= 0x39) digits++
  }
  if (surrogate) lowerUpperLower = hasLowerUpperLower(text)
  return {
    words,
    titled,
    total,
    upper: upperCount,
    letters,
    digits,
    unitLetters,
    marked: markedCount,
    lowerUpperLower
  }
}

/**
 * `marked` as a table by UTF-16 unit, 1 where `code >= 0x80 && marked.has(code)` (what `countLineCharacters`
 * counts of a letter), made once per set: no hash per letter.
 */
const markedUnitsOf = (marked: ReadonlySet<number>): Uint8Array => {
  if (marked !== lastMarked) {
    lastMarkedUnits = new Uint8Array(0x10000)
    for (const code of marked) if (code >= 0x80 && code <= 0xffff) lastMarkedUnits[code] = 1
    lastMarked = marked
  }
  return lastMarkedUnits
}
let lastMarked: ReadonlySet<number> | undefined
let lastMarkedUnits = new Uint8Array(0x10000)

/** `text` without its characters whose class has none of the bits of `keep` (a surrogate pair asked of `pattern`). */
const keptOnly = (text: string, keep: number, pattern: RegExp): string => {
  let kept = ""
  let runStart = 0
  let i = 0
  while (i < text.length) {
    const code = text.charCodeAt(i)
    const pair = isHighSurrogate(code) && i + 1 < text.length && isLowSurrogate(text.charCodeAt(i + 1))
    const width = pair ? 2 : 1
    const isKept = pair ? pattern.test(text.slice(i, i + 2)) : (classOfUnit(code) & keep) !== 0
    if (!isKept) {
      if (i > runStart) kept += text.slice(runStart, i)
      runStart = i + width
    }
    i += width
  }
  return runStart === 0 ? text : kept + text.slice(runStart)
}

/** `text` without its characters that are not letters (`text.replace(/[^\p{L}]+/gu, "")`). */
export const lettersOnly = (text: string): string => keptOnly(text, LETTER, letter)

const letterOrNumber = /[\p{L}\p{N}]/u

/** `text` without its characters that are neither letters nor numbers (`text.replace(/[^\p{L}\p{N}]+/gu, "")`). */
export const lettersAndNumbersOnly = (text: string): string => keptOnly(text, LETTER | NUMBER, letterOrNumber)

/**
 * Per UTF-16 unit, read once: its lower case's unit plus one where that is one unit and a letter or a
 * number; `DROPPED` where it is neither; `WHOLE` where the unit's lower case is not its own alone (`İ`
 * lower-cases to two units, `Σ` to `ς` at a word's end) or it is a surrogate; 0 not yet read.
 */
const lowerKept = new Int32Array(0x10000)
const DROPPED = -1
const WHOLE = -2
const lowerKeptOf = (code: number): number => {
  let kept = lowerKept[code]!
  if (kept === 0) {
    const lowered = String.fromCharCode(code).toLowerCase()
    if ((code >= 0xd800 && code <= 0xdfff) || code === 0x3a3 || lowered.length !== 1) kept = WHOLE
    else kept = (classOfUnit(lowered.charCodeAt(0)) & (LETTER | NUMBER)) !== 0 ? lowered.charCodeAt(0) + 1 : DROPPED
    lowerKept[code] = kept
  }
  return kept
}
let keptUnits = new Uint16Array(1024)
const utf16 = new TextDecoder("utf-16le", { ignoreBOM: true })

/**
 * `lettersAndNumbersOnly(text.toLowerCase())` in one pass, without the lower-cased copy: each unit's
 * lower case kept where it is a letter or a number. A text's lower case is its units' lower cases but
 * for the units `lowerKeptOf` calls `WHOLE`: a text holding one is read the first way.
 */
export const lowerLettersAndNumbers = (text: string): string => {
  if (keptUnits.length < text.length) keptUnits = new Uint16Array(Math.max(text.length, 2 * keptUnits.length))
  let n = 0
  for (let i = 0; i < text.length; i++) {
    const kept = lowerKeptOf(text.charCodeAt(i))
    if (kept > 0) keptUnits[n++] = kept - 1
    else if (kept === WHOLE) return lettersAndNumbersOnly(text.toLowerCase())
  }
  return unitsToString(keptUnits, n)
}

/** The first `n` units of `units` as a string (none of them a surrogate). */
const unitsToString = (units: Uint16Array, n: number): string =>
  n <= maxApplyUnits
    ? String.fromCharCode.apply(null, units.subarray(0, n) as unknown as Array<number>)
    : utf16.decode(units.subarray(0, n))
/** Up to this many units a string is made by `String.fromCharCode` (a native decoder call cost more on a line). */
const maxApplyUnits = 8192
let letterUnits = new Uint16Array(1024)

/** The marked letters French writes: any other letter with a mark (and `đ`) is Vietnamese's alone. */
const frenchMarked: ReadonlySet<string> = new Set("àâæçéèêëîïôœùûüÿ")

/** Of a lower-case character: 0 no letter, 1 a letter, 2 a letter only Vietnamese writes (`đ`, `ă`, `ơ`, `ả` …). */
export const letterKindOf = (c: string): 0 | 1 | 2 =>
  !letter.test(c) ? 0 : c === "đ" || (!frenchMarked.has(c) && c.normalize("NFD").length > 1) ? 2 : 1

/** Per UTF-16 unit: 1 where `letterKindOf` of it alone is 2, else 0; -1 not yet read. */
const vietnameseOnlyUnits = new Int8Array(0x10000).fill(-1)
const vietnameseOnlyUnit = (unit: number): number => {
  let only = vietnameseOnlyUnits[unit]!
  if (only < 0) {
    only = letterKindOf(String.fromCharCode(unit)) === 2 ? 1 : 0
    vietnameseOnlyUnits[unit] = only
  }
  return only
}

/**
 * Per UTF-16 unit, for `lowerKeys`: `lowerKeptOf`'s answer, and beside a unit it keeps (`KEY_UNIT`: that unit
 * plus one), whether the unit is a letter (`KEY_LETTER`) and one only Vietnamese writes (the bit at
 * `KEY_VIETNAMESE_SHIFT`, the highest): one table read per unit. 0 not yet read.
 */
const lowerKeyInfo = new Int32Array(0x10000)
const KEY_UNIT = 0x1ffff
const KEY_LETTER = 1 << 17
const KEY_VIETNAMESE_SHIFT = 18
const lowerKeyOf = (code: number): number => {
  let info = lowerKeyInfo[code]!
  if (info === 0) {
    const kept = lowerKeptOf(code)
    if (kept > 0) {
      const unit = kept - 1
      const isLetter = (classOfUnit(unit) & LETTER) !== 0
      info = kept | (isLetter ? KEY_LETTER | (vietnameseOnlyUnit(unit) << KEY_VIETNAMESE_SHIFT) : 0)
    } else info = kept
    lowerKeyInfo[code] = info
  }
  return info
}

/**
 * `lowerLettersAndNumbers(text)` and `lettersOnly` of it, in one pass: the line's letter key and its repeat
 * key (its letters alone). The key's units are letters or numbers, none a surrogate: its letters are those
 * of its units whose class is a letter; a text `lowerLettersAndNumbers` reads the first way is read so here.
 * Third, how many of those letters only Vietnamese writes (`letterKindOf` 2): the letters and Vietnamese
 * letters `vietnameseShare` (`ClassifyNoise.ts`) counts of the text by unit, the letters being the repeat
 * key's length; -1 for a text read the first way (a surrogate, `Σ`, a unit whose lower case is two).
 */
export const lowerKeys = (text: string): readonly [key: string, letters: string, vietnamese: number] => {
  if (keptUnits.length < text.length) keptUnits = new Uint16Array(Math.max(text.length, 2 * keptUnits.length))
  if (letterUnits.length < text.length) letterUnits = new Uint16Array(Math.max(text.length, 2 * letterUnits.length))
  let n = 0
  let m = 0
  let vietnamese = 0
  for (let i = 0; i < text.length; i++) {
    const kept = lowerKeyOf(text.charCodeAt(i))
    if (kept > 0) {
      const unit = (kept & KEY_UNIT) - 1
      keptUnits[n++] = unit
      if ((kept & KEY_LETTER) !== 0) {
        letterUnits[m++] = unit
        vietnamese += kept >>> KEY_VIETNAMESE_SHIFT
      }
    } else if (kept === WHOLE) {
      const key = lettersAndNumbersOnly(text.toLowerCase())
      return [key, lettersOnly(key), -1]
    }
  }
  const key = unitsToString(keptUnits, n)
  return [key, m === n ? key : unitsToString(letterUnits, m), vietnamese]
}

/**
 * The runs of letters and numbers, in order: `text.match(/[\p{L}\p{N}]+/gu) ?? []` without the regex
 * (a surrogate pair is asked of `letterOrNumber`; a lone surrogate is neither, as under `u`).
 */
export const lettersAndNumbersRuns = (text: string): Array<string> => {
  const runs: Array<string> = []
  let runStart = -1
  let i = 0
  while (i < text.length) {
    const code = text.charCodeAt(i)
    const pair = isHighSurrogate(code) && i + 1 < text.length && isLowSurrogate(text.charCodeAt(i + 1))
    const isKept = pair ? letterOrNumber.test(text.slice(i, i + 2)) : (classOfUnit(code) & (LETTER | NUMBER)) !== 0
    if (isKept) {
      if (runStart < 0) runStart = i
    } else if (runStart >= 0) {
      runs.push(text.slice(runStart, i))
      runStart = -1
    }
    i += pair ? 2 : 1
  }
  if (runStart >= 0) runs.push(text.slice(runStart))
  return runs
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

/**
 * The words of `text`: `text.match(/\p{L}+(?:['’]\p{L}+)*\/gu) ?? []` without the regex. A run of
 * letters, on over each straight or curly apostrophe that a letter follows (`aujourd'hui`, `l’État`);
 * an apostrophe no letter follows ends the word before it. A surrogate pair is asked of `letter`; a
 * lone surrogate is no letter, as under `u`.
 */
export const letterWords = (text: string): Array<string> => {
  const words: Array<string> = []
  const n = text.length
  const letterAt = (i: number): number => {
    if (i >= n) return 0
    const { bits, width } = codePointAt(text, i)
    return (bits & LETTER) !== 0 ? width : 0
  }
  let i = 0
  while (i < n) {
    let width = letterAt(i)
    if (width === 0) {
      i++
      continue
    }
    const start = i
    for (;;) {
      while (width > 0) {
        i += width
        width = letterAt(i)
      }
      const code = i < n ? text.charCodeAt(i) : 0
      if (code !== 0x27 && code !== 0x2019) break
      width = letterAt(i + 1)
      if (width === 0) break
      i++
    }
    words.push(text.slice(start, i))
  }
  return words
}

/**
 * A lower-case, an upper-case and a lower-case letter in a row: `/\p{Ll}\p{Lu}\p{Ll}/u.test(text)`. Read
 * by UTF-16 unit, an upper-case one then asked of its neighbours (most units are not); a text with a
 * surrogate inside is read by code point (`byCodePoint`). A surrogate at either end is no letter either way.
 */
export const hasLowerUpperLower = (text: string): boolean => {
  for (let i = 1; i + 1 < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code >= 0xd800 && code <= 0xdfff) return hasLowerUpperLowerByCodePoint(text)
    if (
      (classOfUnit(code) & UPPER) !== 0 &&
      (classOfUnit(text.charCodeAt(i - 1)) & LOWER) !== 0 &&
      (classOfUnit(text.charCodeAt(i + 1)) & LOWER) !== 0
    )
      return true
  }
  return false
}

/** `hasLowerUpperLower` by code point. */
const hasLowerUpperLowerByCodePoint = (text: string): boolean => {
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

/** What `\s` matches in a JavaScript pattern (the same with `u` or without). */
export const isSpaceUnit = (code: number): boolean =>
  code === 0x20 ||
  (code >= 0x09 && code <= 0x0d) ||
  code === 0xa0 ||
  code === 0x1680 ||
  (code >= 0x2000 && code <= 0x200a) ||
  code === 0x2028 ||
  code === 0x2029 ||
  code === 0x202f ||
  code === 0x205f ||
  code === 0x3000 ||
  code === 0xfeff

/**
 * The words of a line as `text.split(/\s+/u)` cuts them (none for an empty line), counted without
 * being cut: their number, and how many open in an upper-case letter (`isUpperUnit(word, 0)`). A
 * part is cut at each run of spaces, so a line opening or ending in one has an empty part there. No
 * surrogate is a space: the units' `\s` is the code points'.
 */
export const countWords = (text: string): { readonly words: number; readonly titled: number } => {
  if (text.length === 0) return { words: 0, titled: 0 }
  // One part, and one more after each run of spaces (a run at the start leaves an empty part before it).
  let words = 1
  let titled = 0
  let afterSpace = false
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    const isSpace = isSpaceUnit(code)
    if (isSpace && !afterSpace) words++
    else if (!isSpace && (i === 0 || afterSpace) && (classOfUnit(code) & UPPER) !== 0) titled++
    afterSpace = isSpace
  }
  return { words, titled }
}

const isDigitUnit = (code: number): boolean => code >= 0x30 && code <= 0x39
/** `["»”’)]` */
const isCloser = (code: number): boolean =>
  code === 0x22 || code === 0xbb || code === 0x201d || code === 0x2019 || code === 0x29
/** `["«“‘(]` */
const isOpener = (code: number): boolean =>
  code === 0x22 || code === 0xab || code === 0x201c || code === 0x2018 || code === 0x28

/**
 * The captured words of the matches of
 * `/([\p{L}\d]+)[.!?…]["»”’)]*\s+["«“‘(]?[\p{Lu}\d]/gu` over `text`, in order, each handed
 * to `visit`: the same matches as that pattern's `matchAll` (a match's word runs from the
 * end of the previous match, or its run of letters and digits, to the mark), without the
 * pattern's retries from every letter of every word that ends in no mark.
 */
export const forEachSentenceEnd = (text: string, visit: (word: string) => void): void => {
  scanSentenceEnds(text, (word) => {
    visit(word)
    return false
  })
}

/** Whether `test` holds of one of the words `forEachSentenceEnd` visits: the scan stops at the first. */
export const someSentenceEnd = (text: string, test: (word: string) => boolean): boolean => scanSentenceEnds(text, test)

/**
 * `forEachSentenceEnd`'s scan, stopped (true) at the first word `visit` answers true of. The marks are
 * found with `indexOf` (a native search, many times faster than a test of each unit in turn): the
 * next `.`, `!`, `?` and `…` from where the scan stands, each searched again once passed.
 */
const scanSentenceEnds = (text: string, visit: (word: string) => boolean): boolean => {
  const n = text.length
  let from = 0
  // The next of each mark at or after where the scan stands (`n` when none is left).
  let dot = -1
  let bang = -1
  let ask = -1
  let ellipsis = -1
  let mark = 0
  for (;;) {
    if (dot < mark) dot = orEnd(text.indexOf(".", mark), n)
    if (bang < mark) bang = orEnd(text.indexOf("!", mark), n)
    if (ask < mark) ask = orEnd(text.indexOf("?", mark), n)
    if (ellipsis < mark) ellipsis = orEnd(text.indexOf("…", mark), n)
    mark = Math.min(dot, bang, ask, ellipsis)
    if (mark >= n) return false
    // The run of letters and digits before the mark, not before the end of the previous match.
    let start = mark
    while (start > from) {
      const code = text.charCodeAt(start - 1)
      if (isLowSurrogate(code) && start - 2 >= from && isHighSurrogate(text.charCodeAt(start - 2))) {
        if (!letter.test(text.slice(start - 2, start))) break
        start -= 2
      } else if ((classOfUnit(code) & LETTER) !== 0 || isDigitUnit(code)) start--
      else break
    }
    const end = mark
    mark++
    if (start === end) continue
    let j = end + 1
    while (j < n && isCloser(text.charCodeAt(j))) j++
    const spaces = j
    while (j < n && isSpaceUnit(text.charCodeAt(j))) j++
    if (j === spaces) continue
    if (j < n && isOpener(text.charCodeAt(j))) j++
    if (j >= n) continue
    const { bits, width } = codePointAt(text, j)
    if ((bits & UPPER) === 0 && !(width === 1 && isDigitUnit(text.charCodeAt(j)))) continue
    if (visit(text.slice(start, end))) return true
    from = j + width
    mark = from
  }
}

/** `found`, or `end` where `indexOf` found nothing (-1). */
const orEnd = (found: number, end: number): number => (found < 0 ? end : found)

/**
 * Whether `text` ends in one of `marks` (single UTF-16 units) and then only closing quotes and
 * brackets: `/[<marks>]["»”’)]*$/u.test(text)`, read from the end instead of tried at every character.
 */
export const endsInMark = (text: string, marks: string): boolean => {
  const end = closersStart(text)
  return end > 0 && marks.includes(text.charAt(end - 1))
}

/** Where the closing quotes and brackets (`["»”’)]*$`) that end `text` start: its length when it ends in none. */
export const closersStart = (text: string): number => {
  let end = text.length
  while (end > 0 && isCloser(text.charCodeAt(end - 1))) end--
  return end
}

const numberOrCloser = /[\p{L}\p{N})»"]/u

/** Whether the code point ending at `end` (before it) is a letter, starting no earlier than `from`. */
const letterBefore = (text: string, end: number, from: number): boolean => {
  if (end - 1 < from) return false
  const code = text.charCodeAt(end - 1)
  if (isLowSurrogate(code) && end - 2 >= from && isHighSurrogate(text.charCodeAt(end - 2)))
    return letter.test(text.slice(end - 2, end))
  return (classOfUnit(code) & LETTER) !== 0
}

/** What the translation features count of a page's punctuation and apostrophes, in one pass. */
export interface PunctuationCounts {
  /** `/[:;?!]/gu` */
  readonly marks: number
  /** `/;/gu` */
  readonly semicolons: number
  /** `/[ \u00a0\u202f][:;?!]/gu` */
  readonly spaceBeforeMark: number
  /** `/[\p{L}\p{N})»"][;?!]|\p{L}:(?!\/\/|\d)/gu` */
  readonly noSpaceBeforeMark: number
  /** `/"/gu` */
  readonly straightQuotes: number
  /** `/["«“]/gu` */
  readonly openingQuotes: number
  /** `/\p{L}'\p{L}/gu` */
  readonly straightApostrophes: number
  /** `/\p{L}’\p{L}/gu` */
  readonly curlyApostrophes: number
  /** `/\p{L}[ \u00a0][,.](?=\s|$)/gmu` */
  readonly spaceBeforeComma: number
  /** `/[.!?](?:\s|$)/gu` */
  readonly sentenceEnds: number
  /** `/(?<=\p{Ll}\s)\p{Lu}\p{Ll}+/gu` */
  readonly midSentenceCapitals: number
}

/**
 * The counts `PunctuationCounts` names, as the patterns count them (`tests/classifier/Characters.test.ts`
 * compares them), without a pattern tried at every character: each match is found from its one
 * character that is not a letter (a mark, an apostrophe) or, for a capital mid-sentence, from a
 * capital after a space.
 */
export const countPunctuation = (text: string): PunctuationCounts => {
  const n = text.length
  let marks = 0
  let semicolons = 0
  let spaceBeforeMark = 0
  let noSpaceBeforeMark = 0
  let straightQuotes = 0
  let openingQuotes = 0
  let straightApostrophes = 0
  let curlyApostrophes = 0
  let spaceBeforeComma = 0
  let sentenceEnds = 0
  // Where the last match of each apostrophe's pattern ended: a match starts no earlier.
  let straightFrom = 0
  let curlyFrom = 0
  // A capital mid-sentence as read unit by unit, right unless the text holds a surrogate (then read by code point).
  let midSentenceUnits = 0
  let surrogate = false
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i)
    // (an ASCII lower-case letter, most units, is neither a capital nor a surrogate)
    if (code >= 0x41 && (code < 0x61 || code > 0x7a)) {
      if (code >= 0xd800 && code <= 0xdfff) surrogate = true
      else if (
        i >= 2 &&
        i + 1 < n &&
        (classOfUnit(code) & UPPER) !== 0 &&
        isSpaceUnit(text.charCodeAt(i - 1)) &&
        (classOfUnit(text.charCodeAt(i - 2)) & LOWER) !== 0 &&
        (classOfUnit(text.charCodeAt(i + 1)) & LOWER) !== 0
      )
        midSentenceUnits++
    }
    switch (code) {
      case 0x3a: // :
      case 0x3b: // ;
      case 0x3f: // ?
      case 0x21: {
        // !
        marks++
        if (code === 0x3b) semicolons++
        const before = i > 0 ? text.charCodeAt(i - 1) : -1
        if (before === 0x20 || before === 0xa0 || before === 0x202f) spaceBeforeMark++
        if (code === 0x3a) {
          const after = i + 1 < n ? text.charCodeAt(i + 1) : -1
          const url = after === 0x2f && i + 2 < n && text.charCodeAt(i + 2) === 0x2f
          if (letterBefore(text, i, 0) && !url && !isDigitUnit(after)) noSpaceBeforeMark++
        } else if (i > 0) {
          const width = isLowSurrogate(before) && i >= 2 && isHighSurrogate(text.charCodeAt(i - 2)) ? 2 : 1
          if (numberOrCloser.test(text.slice(i - width, i))) noSpaceBeforeMark++
        }
        if (code !== 0x3a && code !== 0x3b && (i + 1 === n || isSpaceUnit(text.charCodeAt(i + 1)))) sentenceEnds++
        break
      }
      case 0x2e: // .
        if (i + 1 === n || isSpaceUnit(text.charCodeAt(i + 1))) sentenceEnds++
        break
      case 0x22: // "
        straightQuotes++
        openingQuotes++
        break
      case 0xab: // «
      case 0x201c: // “
        openingQuotes++
        break
      case 0x27: // '
      case 0x2019: {
        // ’
        const from = code === 0x27 ? straightFrom : curlyFrom
        if (!letterBefore(text, i, from) || i + 1 >= n) break
        const { bits, width } = codePointAt(text, i + 1)
        if ((bits & LETTER) === 0) break
        if (code === 0x27) {
          straightApostrophes++
          straightFrom = i + 1 + width
        } else {
          curlyApostrophes++
          curlyFrom = i + 1 + width
        }
        break
      }
    }
    if ((code === 0x2c || code === 0x2e) && i >= 2) {
      // a letter, a space, then `,` or `.` before a space or the end
      const space = text.charCodeAt(i - 1)
      if (
        (space === 0x20 || space === 0xa0) &&
        letterBefore(text, i - 1, 0) &&
        (i + 1 === n || isSpaceUnit(text.charCodeAt(i + 1)))
      )
        spaceBeforeComma++
    }
  }
  return {
    marks,
    semicolons,
    spaceBeforeMark,
    noSpaceBeforeMark,
    straightQuotes,
    openingQuotes,
    straightApostrophes,
    curlyApostrophes,
    spaceBeforeComma,
    sentenceEnds,
    midSentenceCapitals: surrogate ? midSentenceCapitalsOf(text) : midSentenceUnits
  }
}

/**
 * `/(?<=\p{Ll}\s)\p{Lu}\p{Ll}+/gu`'s matches, read by code point: a capital after a lower-case letter
 * and a space, then lower-case letters; the match runs to the end of those, and the next is sought
 * after it. (In a text without surrogates every unit is a code point, and the letters a match runs
 * over are no capitals: `countPunctuation` counts each capital whose neighbours say so.)
 */
const midSentenceCapitalsOf = (text: string): number => {
  const n = text.length
  let midSentenceCapitals = 0
  for (let i = 1; i < n; ) {
    const { bits, width } = codePointAt(text, i)
    if ((bits & UPPER) !== 0 && isSpaceUnit(text.charCodeAt(i - 1)) && i >= 2) {
      const low = text.charCodeAt(i - 2)
      const lowerBefore =
        isLowSurrogate(low) && i >= 3 && isHighSurrogate(text.charCodeAt(i - 3))
          ? /\p{Ll}/u.test(text.slice(i - 3, i - 1))
          : (classOfUnit(low) & LOWER) !== 0
      if (lowerBefore) {
        let j = i + width
        while (j < n) {
          const next = codePointAt(text, j)
          if ((next.bits & LOWER) === 0) break
          j += next.width
        }
        if (j > i + width) {
          midSentenceCapitals++
          i = j
          continue
        }
      }
    }
    i += width
  }
  return midSentenceCapitals
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

/**
 * The classes of `text`'s characters under `i` alone (no `u`), as V8 matches them: for every unit of
 * the Basic Multilingual Plane (surrogates but for none), 0 when it matches none of `text`'s
 * characters case-insensitively, else its class's number (1, 2, …): two units match each other under
 * `i` exactly when they have the same number, and `classes` is how many there are. Read from V8's own
 * matching, like `foldsOnlyWithUnicode`.
 */
export const classesUnderI = (text: string): { readonly classOf: Uint16Array; readonly classes: number } => {
  bmp ??= basicMultilingualPlane()
  const units = [...new Set(text)].filter((c) => c.length === 1)
  const classOf = new Uint16Array(0x10000)
  if (units.length === 0) return { classOf, classes: 0 }
  const anyUnit = new RegExp(`[${units.map(classEscaped).join("")}]`, "gi")
  const candidates = [...new Set(bmp.match(anyUnit) ?? [])].join("")
  let classes = 0
  for (const unit of units) {
    if (classOf[unit.charCodeAt(0)] !== 0) continue
    classes++
    for (const c of candidates.match(new RegExp(classEscaped(unit), "gi")) ?? []) classOf[c.charCodeAt(0)] = classes
  }
  return { classOf, classes }
}
