/**
 * eld, the pure-JS n-gram language detector, restricted to the corpus' languages.
 *
 * Database size: `small`. Measured on Node 20 (one process, `eld.detect` once):
 * extrasmall +87 MB RSS / 0.25 s to load, small +152 MB / 0.38 s,
 * medium +196 MB / 0.51 s, large +392 MB / 1.4 s. All four gave the same answers
 * on the seeds' lines; `small` buys better short-sentence accuracy than
 * `extrasmall` (its authors' benchmarks) for 65 MB, while `large` would double
 * the memory of every worker for lines the character rule mostly settles first.
 *
 * The tables load when the first line reaches eld, not when a worker starts: a
 * run whose lines the character rules settle (a Vietnamese page) never pays
 * their 150 MB and 0.4 s. Detection is synchronous in the stages, so the load
 * is too: a `require` of eld's ES module, which Node has done since 20.19.
 *
 * eld's tables and text handling are eld's; the detection over them is
 * `makeFastEld` below, eld's arithmetic without its per-call costs.
 */
import * as fs from "node:fs"
import { createRequire } from "node:module"
import * as path from "node:path"
import type { Lang } from "../../schemas/Vocabulary.ts"
import type { Detector, LanguageGuess } from "../stages/DetectLanguage.ts"

const MAX_DETECTED_CHARS = 2_000
/** The detector's memo: texts up to this length, this many answers before it is cleared. */
const MEMO_MAX_CHARS = 500
const MEMO_MAX_ENTRIES = 8_192

const knownLanguages: ReadonlySet<string> = new Set<Lang>(["vi", "fr", "en"])

/** eld's installed package: its folder and version. */
const eldPackage = (): { readonly folder: string; readonly version: string; readonly small: string } => {
  const require = createRequire(import.meta.url)
  for (const folder of require.resolve.paths("eld") ?? []) {
    const manifest = path.join(folder, "eld", "package.json")
    if (!fs.existsSync(manifest)) continue
    // Its exports hold only an `import` condition, which `require.resolve` does not follow, and vitest
    // cannot resolve an ES module's path: the path of `eld/small` is read from the package's exports.
    const { exports, version } = JSON.parse(fs.readFileSync(manifest, "utf8")) as {
      readonly exports: Record<string, { readonly import: string }>
      readonly version: string
    }
    const entry = exports["./small"]?.import
    if (entry !== undefined) return { folder: path.join(folder, "eld"), version, small: entry }
  }
  throw new Error("eld is not installed (run pnpm install)")
}

/**
 * The `small` tables as `pipeline/build.mjs` writes them from the installed package (`dist/eld-small.bin`,
 * with eld's version; `readPackedTables`): about 2 ms to read, no parse, against 0.8–1.0 s and 150 MB for
 * evaluating eld's 1.6 MB object literal (`src/ngrams/small.js`). Undefined when missing, of another eld
 * version or of another format: the package's module then.
 */
const smallTablesPacked = (version: string): PackedTables | undefined => {
  try {
    const tables = readPackedTables(fs.readFileSync(new URL("../../dist/eld-small.bin", import.meta.url)))
    return tables?.eld === version ? tables : undefined
  } catch {
    return undefined
  }
}

/**
 * What `dist/eld-small.bin` holds since issue 11's html11 pass (`build.mjs`'s `eldPacked`): a 32-bit
 * little-endian length, a JSON header of that many UTF-8 bytes, then from the next multiple of four four
 * arrays of 32-bit little-endian integers: each n-gram's `hi` and `lo` as `makeFastEld` packs them (-1 for
 * one that cannot be packed, listed with its row in the header's `long`), its row's values (`[language
 * index, weight + 53, …]`, in `for … in` order) one row after the other, and where each row ends. The
 * arrays are read where they lie in the file's buffer. Format `weights-2` (html10) was JSON: the n-grams
 * as one string and the rows as arrays of numbers, whose `JSON.parse` and indexing took 35–45 ms a worker.
 */
const ELD_PACKED_FORMAT = "packed-1"

interface PackedTables {
  readonly eld: string
  readonly languages: Readonly<Record<string, string>>
  readonly keysHi: Int32Array
  readonly keysLo: Int32Array
  readonly values: Int32Array
  readonly ends: Int32Array
  /** The index of the packed n-grams (`packedHash`, linear probing): each place's row, or -1. */
  readonly places: Int32Array
  /** The n-grams that cannot be packed, each with its row. */
  readonly long: ReadonlyArray<readonly [string, number]>
  /** What eld reads a text with (its modules' `separators`, `dictionary` and `avgScore`). */
  readonly text: EldText
}

/** Little-endian: the file's integers are read as the machine's own `Int32Array`. */
const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1

/** `dist/eld-small.bin`'s tables, or undefined when it is of another format (or this machine big-endian). */
export const readPackedTables = (file: Uint8Array): PackedTables | undefined => {
  if (!littleEndian || file.length < 4) return undefined
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength)
  const headerLength = view.getUint32(0, true)
  const header = JSON.parse(Buffer.from(file.buffer, file.byteOffset + 4, headerLength).toString("utf8")) as {
    readonly eld?: string
    readonly format?: string
    readonly languages?: Readonly<Record<string, string>>
    readonly ngrams?: number
    readonly values?: number
    readonly bits?: number
    readonly long?: ReadonlyArray<readonly [string, number]>
    readonly separators?: { readonly source: string; readonly flags: string }
    readonly dictionary?: ReadonlyArray<string>
    readonly avgScore?: Readonly<Record<string, number>>
  }
  const { eld, format, languages, ngrams, values, bits, long, separators, dictionary, avgScore } = header
  if (format !== ELD_PACKED_FORMAT || eld === undefined || languages === undefined || long === undefined)
    return undefined
  if (separators === undefined || dictionary === undefined || avgScore === undefined) return undefined
  if (ngrams === undefined || values === undefined || bits === undefined) return undefined
  const start = (4 + headerLength + 3) & ~3
  if (file.length !== start + 4 * (3 * ngrams + values + 2 ** bits)) return undefined
  // An `Int32Array` over the buffer needs its offset a multiple of four: else a copy of those bytes.
  const aligned =
    (file.byteOffset + start) % 4 === 0
      ? file
      : new Uint8Array(file.buffer.slice(file.byteOffset, file.byteOffset + file.length))
  const int32s = (at: number, length: number) =>
    new Int32Array(aligned.buffer, aligned.byteOffset + start + 4 * at, length)
  return {
    eld,
    languages,
    keysHi: int32s(0, ngrams),
    keysLo: int32s(ngrams, ngrams),
    values: int32s(2 * ngrams, values),
    ends: int32s(2 * ngrams + values, ngrams),
    places: int32s(3 * ngrams + values, 2 ** bits),
    long,
    text: { separators: new RegExp(separators.source, separators.flags), dictionary, avgScore }
  }
}

/** eld's `small` tables: language codes by index, and each n-gram's weight per language index. */
interface EldTables {
  readonly languages: Readonly<Record<string, string>>
  readonly ngrams: Readonly<Record<string, Readonly<Record<string, number>>>>
}

/** What one detection says: eld's language (`""` when none), its score as `getScores()` gives it, and `isReliable()`. */
interface EldAnswer {
  readonly language: string
  readonly score: number
  readonly reliable: boolean
  /** eld's score of French (0 when no n-gram of the text is French): a word both languages write scores it close to English. */
  readonly french: number
}

/** The parts of eld's module that read a text: its separators pattern, its byte dictionary, its average scores. */
interface EldText {
  readonly separators: RegExp
  readonly dictionary: ReadonlyArray<string>
  readonly avgScore: Readonly<Record<string, number>>
}

/**
 * An n-gram of eld's, its characters packed into two numbers: up to six characters (the longest n-gram
 * eld's tables or `getByteNgrams` make of a word up to 70 bytes), each character's code plus one in 9 bits,
 * the first three in `hi`, the last three in `lo` (right-aligned: a shorter n-gram has empty leading places),
 * so that two n-grams are the same string exactly when both numbers are equal. Every character of eld's
 * n-grams is one of a UTF-8 byte's (an ASCII character, or a character of eld's byte dictionary), all below
 * U+0100.
 */
const NGRAM_MAX_PACKED = 6
const PACKED_CODE_LIMIT = 511
/** The n-grams' index: open addressing, linear probing, 2^18 places for eld `small`'s 81,206 n-grams. */
const packedHash = (hi: number, lo: number, mask: number): number => {
  let h = (Math.imul(hi, 0x9e3779b1) + lo) | 0
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b)
  return (h ^ (h >>> 13)) & mask
}
/** Distinct n-grams of one text: at most 380 bytes of words, so a few hundred; this many places. */
const TEXT_NGRAM_PLACES = 2048

/**
 * eld's `detect` with its `getScores()[language]` and `isReliable()` (eld 2.1.0, `src/languageDetector.js` and
 * `src/LanguageResult.js`), the same arithmetic on the same tables, without what cost most of its time here: an
 * object of every language's score built and sorted per call (`getScores`, `orderAndScale`), and a `for … in`
 * over each n-gram's languages (each n-gram's weights are read once into an array, kept for the n-grams the
 * tables hold). The scores are sums of integers, so the order of the n-grams does not change them.
 *
 * The text's words are not made into strings: each word's UTF-8 bytes (eld's `strToUtf8Bytes`, each byte
 * the character eld's dictionary gives it) are codes in one array, and each n-gram of them (`getByteNgrams`)
 * is packed into two numbers (`hi`, `lo`) as it is read, counted once per text in a small table of its own and
 * looked up in an index of the tables' n-grams packed the same way: no string, substring nor `Set` per
 * n-gram. An n-gram longer than six characters (the last of a word over 70 bytes, which `getByteNgrams` cuts
 * at 70 but ends with the word's own end) is none of the tables' and is counted by its string.
 * `tests/services/Eld.test.ts` compares both on every gold line and on the html-eval pages' lines.
 */
export const makeFastEld = (tables: EldTables | PackedTables, { separators, dictionary, avgScore }: EldText) => {
  const codes: Array<string> = []
  for (const key of Object.keys(tables.languages)) codes[Number(key)] = tables.languages[key]!
  const frenchIndex = codes.indexOf("fr")
  const count = Object.keys(tables.languages).length
  /** Each byte's character code as eld writes it: an ASCII byte itself, another its dictionary's character. */
  const byteCode = new Int32Array(256)
  for (let byte = 0; byte < 256; byte++) {
    const character = byte < 0x80 ? String.fromCharCode(byte) : dictionary[byte]!
    if (character.length !== 1 || character.charCodeAt(0) + 1 > PACKED_CODE_LIMIT) {
      throw new Error(
        `eld's dictionary writes byte ${byte} as ${JSON.stringify(character)}: not one character below U+01FF`
      )
    }
    byteCode[byte] = character.charCodeAt(0)
  }
  /**
   * Each n-gram's row: its languages and weights (plus eld's base score of 53), in the order `for … in`
   * gives them, are `values` from its start (the previous row's end) to its end in `ends`.
   */
  /**
   * The index: each packed n-gram's row at its place (`packedHash`, then the next free place), -1 where
   * none; the row's packed n-gram in `keysHi` and `keysLo` (-1 for one that cannot be packed, which is in
   * `longIndex` by its string). Each n-gram's row: its languages and weights (plus eld's base score of
   * 53), in the order `for … in` gives them, are `values` from its start (the previous row's end) to its
   * end in `ends`.
   */
  let places: Int32Array
  let keysHi: Int32Array
  let keysLo: Int32Array
  let values: Int32Array
  let ends: Int32Array
  const longIndex = new Map<string, number>()
  if ("ends" in tables) {
    // As `build.mjs` wrote them, index and all.
    ;({ places, keysHi, keysLo, values, ends } = tables)
    for (const [ngram, row] of tables.long) longIndex.set(ngram, row)
  } else {
    // eld's own tables (no `dist/`): the same rows, n-grams and index, made here once.
    const rowCount = Object.keys(tables.ngrams).length
    let bits = 10
    while (1 << bits < 3 * rowCount) bits++
    places = new Int32Array(1 << bits).fill(-1)
    keysHi = new Int32Array(rowCount)
    keysLo = new Int32Array(rowCount)
    const flat: Array<number> = []
    const rowEnds: Array<number> = []
    for (const ngram in tables.ngrams) {
      const row = rowEnds.length
      const weights = tables.ngrams[ngram]!
      for (const lang in weights) flat.push(Number(lang), weights[lang]! + 53)
      rowEnds.push(flat.length)
      let packable = ngram.length <= NGRAM_MAX_PACKED
      let hi = 0
      let lo = 0
      for (let i = 0; i < ngram.length && packable; i++) {
        const code = ngram.charCodeAt(i) + 1
        if (code >= PACKED_CODE_LIMIT) packable = false
        hi = ((hi << 9) | (lo >>> 18)) & 0x7ffffff
        lo = ((lo << 9) | code) & 0x7ffffff
      }
      if (!packable) {
        keysHi[row] = -1
        keysLo[row] = -1
        longIndex.set(ngram, row)
        continue
      }
      keysHi[row] = hi
      keysLo[row] = lo
      let place = packedHash(hi, lo, places.length - 1)
      while (places[place]! >= 0) place = (place + 1) & (places.length - 1)
      places[place] = row
    }
    values = Int32Array.from(flat)
    ends = Int32Array.from(rowEnds)
  }
  const mask = places.length - 1
  const SPACE = 32 + 1
  const scores = new Float64Array(count)
  /** The text's words' bytes (eld's characters' codes), and where each word ends in them. */
  const bytes = new Int32Array(1024)
  const wordEnds = new Int32Array(1024)
  /** The text's distinct packed n-grams: a place is taken when its `stamp` is this text's. */
  const textStamp = new Int32Array(TEXT_NGRAM_PLACES)
  const textHi = new Int32Array(TEXT_NGRAM_PLACES)
  const textLo = new Int32Array(TEXT_NGRAM_PLACES)
  let stamp = 0
  const longSeen = new Set<string>()
  let numNgrams = 0
  /**
   * Counts a packed n-gram once per text and adds its row's weights. One call per n-gram, its hash made
   * once for both tables: most detections run before V8 optimises this code (a run's first thousand
   * texts took 40–60 ms of a pass's 100), where each call and hash is paid in full.
   */
  const addPacked = (hi: number, lo: number): void => {
    let h = (Math.imul(hi, 0x9e3779b1) + lo) | 0
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b)
    h ^= h >>> 13
    let place = h & (TEXT_NGRAM_PLACES - 1)
    while (textStamp[place] === stamp) {
      if (textHi[place] === hi && textLo[place] === lo) return
      place = (place + 1) & (TEXT_NGRAM_PLACES - 1)
    }
    textStamp[place] = stamp
    textHi[place] = hi
    textLo[place] = lo
    numNgrams++
    // `rowOf`, inlined
    for (place = h & mask; ; place = (place + 1) & mask) {
      const row = places[place]!
      if (row < 0) return
      if (keysHi[row] === hi && keysLo[row] === lo) {
        const end = ends[row]!
        for (let k = row === 0 ? 0 : ends[row - 1]!; k < end; k += 2) scores[values[k]!]! += values[k + 1]!
        return
      }
    }
  }
  /** An n-gram of more than six characters: counted by its string. */
  const addLong = (ngram: string): void => {
    if (longSeen.has(ngram)) return
    longSeen.add(ngram)
    numNgrams++
    const row = longIndex.get(ngram)
    if (row === undefined) return
    const end = ends[row]!
    for (let k = row === 0 ? 0 : ends[row - 1]!; k < end; k += 2) scores[values[k]!]! += values[k + 1]!
  }
  /**
   * eld's `strToUtf8Bytes`: the text's words, each UTF-8 byte one character of eld's dictionary, as codes in
   * `bytes`, each word's end in `wordEnds`; the number of words.
   */
  const utf8Words = (str: string): number => {
    let words = 0
    let length = 0
    let wordStart = 0
    let countBytes = 0
    for (let ii = 0; ii < str.length; ii++) {
      let charCode = str.charCodeAt(ii)
      if (charCode < 0x80) {
        if (charCode === 32) {
          if (length > wordStart) {
            wordEnds[words++] = length
            wordStart = length
          }
          if (countBytes > 350) break
        } else {
          bytes[length++] = charCode
        }
        countBytes++
      } else if (charCode < 0x800) {
        bytes[length++] = byteCode[0xc0 | (charCode >> 6)]!
        bytes[length++] = byteCode[0x80 | (charCode & 0x3f)]!
        countBytes += 2
      } else if (charCode < 0xd800 || charCode >= 0xe000) {
        bytes[length++] = byteCode[0xe0 | (charCode >> 12)]!
        bytes[length++] = byteCode[0x80 | ((charCode >> 6) & 0x3f)]!
        bytes[length++] = byteCode[0x80 | (charCode & 0x3f)]!
        countBytes += 3
      } else {
        ii++
        charCode = 0x10000 + (((charCode & 0x3ff) << 10) | (str.charCodeAt(ii) & 0x3ff))
        bytes[length++] = byteCode[0xf0 | (charCode >> 18)]!
        bytes[length++] = byteCode[0x80 | ((charCode >> 12) & 0x3f)]!
        bytes[length++] = byteCode[0x80 | ((charCode >> 6) & 0x3f)]!
        bytes[length++] = byteCode[0x80 | (charCode & 0x3f)]!
        countBytes += 4
      }
      if (countBytes > 380) break
    }
    if (length > wordStart) wordEnds[words++] = length
    return words
  }
  /** The n-gram `bytes[from, to)` packed after `lead` (a space's code or 0) and before `trail` (likewise). */
  const addRange = (lead: number, from: number, to: number, trail: number): void => {
    if (to - from + (lead === 0 ? 0 : 1) + (trail === 0 ? 0 : 1) > NGRAM_MAX_PACKED) {
      let ngram = lead === 0 ? "" : " "
      for (let k = from; k < to; k++) ngram += String.fromCharCode(bytes[k]!)
      addLong(trail === 0 ? ngram : `${ngram} `)
      return
    }
    let hi = 0
    let lo = lead
    for (let k = from; k < to; k++) {
      hi = ((hi << 9) | (lo >>> 18)) & 0x7ffffff
      lo = ((lo << 9) | (bytes[k]! + 1)) & 0x7ffffff
    }
    if (trail !== 0) {
      hi = ((hi << 9) | (lo >>> 18)) & 0x7ffffff
      lo = ((lo << 9) | trail) & 0x7ffffff
    }
    addPacked(hi, lo)
  }
  return (input: string): EldAnswer => {
    const text = input.substring(0, 1000)
    const words = utf8Words(text.replace(separators, " ").trim().toLowerCase())
    // eld's `getByteNgrams`: 4 bytes, stride 3, the word's first with a space before, its last with one after
    stamp++
    if (stamp === 0x7fffffff) {
      stamp = 1
      textStamp.fill(0)
    }
    longSeen.clear()
    numNgrams = 0
    scores.fill(0)
    let start = 0
    for (let w = 0; w < words; w++) {
      const end = wordEnds[w]!
      const wordLength = end - start
      let len = wordLength
      if (len > 70) len = 70
      let j = 0
      for (; j + 4 < len; j += 3) addRange(j === 0 ? SPACE : 0, start + j, start + j + 4, 0)
      // `word.substring(len !== 3 ? len - 4 : 0)`: a negative start is the word's start
      const from = len !== 3 ? Math.max(len - 4, 0) : 0
      addRange(j === 0 ? SPACE : 0, start + from, end, SPACE)
      start = end
    }
    // eld's `getMaxLang`: the first language of the highest positive score
    let best = -1
    let bestRaw = 0
    for (let i = 0; i < count; i++) {
      const value = scores[i]!
      if (value > 0 && value > bestRaw) {
        bestRaw = value
        best = i
      }
    }
    if (best < 0) return { language: "", score: 0, reliable: false, french: 0 }
    const ngramCount = numNgrams
    const scaled = (raw: number): number => {
      const ngramScore = raw / ngramCount
      return ngramScore / (ngramScore + 25)
    }
    // `orderAndScale`'s stable sort, its first two: the highest scaled score, then the next (ties in index order)
    let first = -1
    let firstScore = 0
    let second = -1
    let secondScore = 0
    for (let i = 0; i < count; i++) {
      if (!(scores[i]! > 0)) continue
      const score = scaled(scores[i]!)
      if (first < 0 || score > firstScore) {
        second = first
        secondScore = firstScore
        first = i
        firstScore = score
      } else if (second < 0 || score > secondScore) {
        second = i
        secondScore = score
      }
    }
    const language = codes[best]!
    // eld's `isReliable` (threshold 0.75) compares the first score with the second entry's language index, as it does
    const nextScore = Math.max(second, 0)
    const reliable =
      ngramCount >= 3 && !(avgScore[language]! * 0.75 > firstScore || 0.01 > Math.abs(firstScore - nextScore))
    const french = frenchIndex >= 0 && scores[frenchIndex]! > 0 ? scaled(scores[frenchIndex]!) : 0
    return { language, score: scaled(bestRaw), reliable, french }
  }
}

/** A detection of eld's `small` tables (all detections share the tables). */
let loaded: ((text: string) => EldAnswer) | undefined

/** Loads eld's `small` tables on the first call (from `dist/eld-small.bin`, about 5 ms with its index). */
const loadEld = (): ((text: string) => EldAnswer) => {
  if (loaded !== undefined) return loaded
  if (!process.features.require_module) {
    throw new Error(`eld needs Node 20.19 or later (a require of an ES module); this is Node ${process.version}`)
  }
  const require = createRequire(import.meta.url)
  const eld = eldPackage()
  const source = (file: string) => require(path.join(eld.folder, "src", file)) as Record<string, unknown>
  const packed = smallTablesPacked(eld.version)
  loaded =
    packed !== undefined
      ? makeFastEld(packed, packed.text)
      : makeFastEld(source(path.join("ngrams", "small.js")).ngramsData as EldTables, {
          separators: source("regexPatterns.js").separators as RegExp,
          dictionary: source("dictionary.js").dictionary as ReadonlyArray<string>,
          avgScore: source("avgScore.js").avgScore as Readonly<Record<string, number>>
        })
  return loaded
}

/**
 * A detector over `languages`; eld's tables load when it first detects a text.
 *
 * eld looks over all its languages, not only the corpus' ones: restricted to
 * `vi`/`fr`/`en`, it called German `en` or `vi`, Spanish and Italian `fr`
 * (`Ir al contenido` → `fr`). A text it reliably calls another language is
 * `und`, with that language in `other` (`de`, `pt`): never a wrong corpus
 * language.
 */
/**
 * Loads eld's tables now rather than at the first line that needs them: a worker started ahead of
 * its files (`prestartWorker`) does it while the main thread reads the cache's index.
 */
export const preloadEld = (): void => {
  loadEld()
}

export const makeEldDetector = (languages: ReadonlyArray<string>): Detector => {
  let eld: ((text: string) => EldAnswer) | undefined
  const corpus: ReadonlySet<string> = new Set(languages.filter((lang) => knownLanguages.has(lang)))
  // Answers by text: a site's menus and footers repeat on every page, and `detectLanguage` asks some
  // lines twice. Bounded: only short texts, and cleared when full.
  const memo = new Map<string, LanguageGuess>()
  const remembered = (text: string): LanguageGuess => {
    if (text.length > MEMO_MAX_CHARS) return detect(text)
    const known = memo.get(text)
    if (known !== undefined) return known
    const guess = detect(text)
    if (memo.size >= MEMO_MAX_ENTRIES) memo.clear()
    memo.set(text, guess)
    return guess
  }
  const detect = (text: string): LanguageGuess => {
    eld ??= loadEld()
    // A paragraph's first few thousand characters tell its language; a 50 MB line need not be read whole.
    const result = eld(text.length > MAX_DETECTED_CHARS ? text.slice(0, MAX_DETECTED_CHARS) : text)
    const lang = result.language
    if (lang === "" || !result.reliable) {
      // A word or two eld cannot call: the corpus language it leans to, when that is its first guess (`Décès` fr 0.84).
      const leaning = corpus.has(lang)
        ? { lang: lang as Lang, score: Math.max(0, Math.min(1, result.score)) }
        : undefined
      return leaning === undefined ? { lang: "und", score: 0 } : { lang: "und", score: 0, leaning }
    }
    const score = Math.max(0, Math.min(1, result.score))
    if (!corpus.has(lang)) return { lang: "und", score, other: lang }
    // English eld scores French nearly as high: a word both write (`International`), which `detectLanguage` reads.
    return lang === "en" && corpus.has("fr") ? { lang, score, french: result.french } : { lang: lang as Lang, score }
  }
  return remembered
}

/** Whether this thread has loaded eld's tables (for the tests of laziness). */
export const eldLoaded = (): boolean => loaded !== undefined
