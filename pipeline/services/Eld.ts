/**
 * eld, the pure-JS n-gram language detector, restricted to the corpus' languages.
 *
 * Database size: `small`. Measured on Node 20 (one process, `eld.detect` once):
 * extrasmall +87 MB RSS / 0.25 s to load, small +152 MB / 0.38 s,
 * medium +196 MB / 0.51 s, large +392 MB / 1.4 s. All four gave the same answers
 * on the seeds' lines; `small` buys better short-sentence accuracy than
 * `extrasmall` (its authors' benchmarks) for 65 MB, while `large` would double
 * the memory of every worker for lines the character rule mostly settles first.
 */
import { eld } from "eld/small"
import type { Lang } from "../../schemas/Vocabulary.ts"
import type { Detector, LanguageGuess } from "../stages/DetectLanguage.ts"

const MAX_DETECTED_CHARS = 2_000

const knownLanguages: ReadonlySet<string> = new Set<Lang>(["vi", "fr", "en"])

/** Importing this module loads eld's n-gram tables (about 150 MB): import it where it is used. */
export const makeEldDetector = (languages: ReadonlyArray<string>): Detector => {
  const instance = eld.newInstance()
  instance.setLanguageSubset([...languages])
  return (text: string): LanguageGuess => {
    // A paragraph's first few thousand characters tell its language; a 50 MB line need not be read whole.
    const result = instance.detect(text.length > MAX_DETECTED_CHARS ? text.slice(0, MAX_DETECTED_CHARS) : text)
    const lang = result.language
    if (!knownLanguages.has(lang) || !result.isReliable()) return { lang: "und", score: 0 }
    const score = result.getScores()[lang] ?? 0
    return { lang: lang as Lang, score: Math.max(0, Math.min(1, score)) }
  }
}
