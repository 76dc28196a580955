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
 */
import * as fs from "node:fs"
import { createRequire } from "node:module"
import * as path from "node:path"
import type { Lang } from "../../schemas/Vocabulary.ts"
import type { Detector, LanguageGuess } from "../stages/DetectLanguage.ts"

type Eld = typeof import("eld/small")["eld"]

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
 * The `small` tables as JSON, written by `pipeline/build.mjs` from the installed package
 * (`dist/eld-small.json`, with eld's version). `JSON.parse` of it costs 0.3 s of CPU and
 * about 47 MB, against 0.8–1.0 s and 150 MB for evaluating eld's 1.6 MB object literal
 * (`src/ngrams/small.js`). Undefined when missing or of another eld version: the package's module then.
 */
const smallTablesJson = (version: string): unknown => {
  try {
    const file = new URL("../../dist/eld-small.json", import.meta.url)
    const saved = JSON.parse(fs.readFileSync(file, "utf8")) as { readonly eld?: string; readonly ngramsData?: unknown }
    return saved.eld === version ? saved.ngramsData : undefined
  } catch {
    return undefined
  }
}

type CreateEld = () => { readonly instance: Eld; readonly loadData: (data: unknown) => void }

/** A new eld instance with the `small` tables (all instances share the tables). */
let loaded: (() => Eld) | undefined

/** Loads eld's `small` tables on the first call (0.3 s and 47 MB from `dist/eld-small.json`). */
const loadEld = (): (() => Eld) => {
  if (loaded !== undefined) return loaded
  if (!process.features.require_module) {
    throw new Error(`eld needs Node 20.19 or later (a require of an ES module); this is Node ${process.version}`)
  }
  const require = createRequire(import.meta.url)
  const eld = eldPackage()
  const tables = smallTablesJson(eld.version)
  if (tables !== undefined) {
    const { createEld } = require(path.join(eld.folder, "src", "languageDetector.js")) as {
      readonly createEld: CreateEld
    }
    loaded = () => {
      const { instance, loadData } = createEld()
      loadData(tables)
      return instance
    }
  } else {
    const small = (require(path.join(eld.folder, eld.small)) as typeof import("eld/small")).eld
    loaded = () => small.newInstance()
  }
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
export const makeEldDetector = (languages: ReadonlyArray<string>): Detector => {
  let instance: Eld | undefined
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
    instance ??= loadEld()()
    // A paragraph's first few thousand characters tell its language; a 50 MB line need not be read whole.
    const result = instance.detect(text.length > MAX_DETECTED_CHARS ? text.slice(0, MAX_DETECTED_CHARS) : text)
    const lang = result.language
    const scores = result.getScores()
    if (lang === "" || !result.isReliable()) {
      // A word or two eld cannot call: the corpus language it leans to, when that is its first guess (`Décès` fr 0.84).
      const leaning = corpus.has(lang)
        ? { lang: lang as Lang, score: Math.max(0, Math.min(1, scores[lang] ?? 0)) }
        : undefined
      return leaning === undefined ? { lang: "und", score: 0 } : { lang: "und", score: 0, leaning }
    }
    const score = Math.max(0, Math.min(1, scores[lang] ?? 0))
    if (!corpus.has(lang)) return { lang: "und", score, other: lang }
    return { lang: lang as Lang, score }
  }
  return remembered
}

/** Whether this thread has loaded eld's tables (for the tests of laziness). */
export const eldLoaded = (): boolean => loaded !== undefined
