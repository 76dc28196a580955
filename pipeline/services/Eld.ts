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

const knownLanguages: ReadonlySet<string> = new Set<Lang>(["vi", "fr", "en"])

/**
 * The file eld's package exports as `eld/small`. Its exports hold only an
 * `import` condition, which `require.resolve` does not follow, and vitest
 * cannot resolve an ES module's path: the path is read from the package's exports.
 */
const eldSmallPath = (): string => {
  const require = createRequire(import.meta.url)
  for (const folder of require.resolve.paths("eld") ?? []) {
    const manifest = path.join(folder, "eld", "package.json")
    if (!fs.existsSync(manifest)) continue
    const { exports } = JSON.parse(fs.readFileSync(manifest, "utf8")) as {
      readonly exports: Record<string, { readonly import: string }>
    }
    const entry = exports["./small"]?.import
    if (entry !== undefined) return path.join(folder, "eld", entry)
  }
  throw new Error("eld is not installed (run pnpm install)")
}

let loaded: Eld | undefined

/** eld with its `small` tables, loaded on the first call (about 150 MB and 0.4 s). */
const loadEld = (): Eld => {
  if (loaded !== undefined) return loaded
  if (!process.features.require_module) {
    throw new Error(`eld needs Node 20.19 or later (a require of an ES module); this is Node ${process.version}`)
  }
  loaded = (createRequire(import.meta.url)(eldSmallPath()) as typeof import("eld/small")).eld
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
  return (text: string): LanguageGuess => {
    instance ??= loadEld().newInstance()
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
}

/** Whether this thread has loaded eld's tables (for the tests of laziness). */
export const eldLoaded = (): boolean => loaded !== undefined
