/**
 * Gives every segment a language and a confidence.
 *
 * 1. Letters only Vietnamese writes (ơ ư ă đ and the tone marks French never
 *    carries) settle `vi` without a model: they are cheap and certain.
 * 2. A short string (a UI label, a counter) is `und` unless the rule that
 *    labelled it belongs to one language's table (`Comment (0)` is English UI).
 * 3. Otherwise eld, restricted to the corpus' languages, decides; where it
 *    cannot, the rule's language stands.
 */
import type { Lang, RuleLang } from "../../schemas/Vocabulary.ts"
import { Config } from "../Config.ts"
import type { ClassifiedSegment, LanguageSegment, Segmented } from "../Document.ts"

export interface LanguageGuess {
  readonly lang: Lang
  readonly score: number
}

/** A statistical detector over the corpus' languages (eld in production). */
export type Detector = (text: string) => LanguageGuess

const vietnameseOnly = new Set(
  "ăâđơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịĩìíọỏốồổỗộớờởỡợõòóụủũứừửữựúỳỵỷỹýãá".split("").flatMap((c) => [c, c.toUpperCase()])
)
// `â` is French too; keep it out so that `château` does not count.
vietnameseOnly.delete("â")
vietnameseOnly.delete("Â")

const letter = /\p{L}/u

const countLetters = (text: string): { readonly letters: number; readonly vietnamese: number } => {
  let letters = 0
  let vietnamese = 0
  for (const char of text) {
    if (!letter.test(char)) continue
    letters++
    if (vietnameseOnly.has(char)) vietnamese++
  }
  return { letters, vietnamese }
}

/** Below this many letters a rule's own language is trusted over a statistical guess. */
const RULE_LANGUAGE_MAX_LETTERS = 40

export const guessLanguage = (text: string, ruleLang: RuleLang | null, detector: Detector): LanguageGuess => {
  const { letters, vietnamese } = countLetters(text)
  if (letters === 0) return { lang: "und", score: 0 }
  const share = vietnamese / letters
  const short = letters < Config.language.minLettersForDetector
  if (share >= Config.language.vietnameseLetterShare && (vietnamese >= Config.language.vietnameseLetterMin || short)) {
    return { lang: "vi", score: Math.min(1, 0.6 + share * 2) }
  }
  if (ruleLang !== null && letters < RULE_LANGUAGE_MAX_LETTERS) return { lang: ruleLang, score: 0.6 }
  if (short) return { lang: "und", score: 0 }
  const guess = detector(text)
  // A slug or a headline the detector cannot call is still in its rule's language.
  return guess.lang === "und" && ruleLang !== null ? { lang: ruleLang, score: 0.5 } : guess
}

export const detectLanguage = (doc: Segmented<ClassifiedSegment>, detector: Detector): Segmented<LanguageSegment> => ({
  ...doc,
  segments: doc.segments.map((segment) => {
    const guess = guessLanguage(segment.text, segment.ruleLang, detector)
    return { ...segment, lang: guess.lang, langScore: guess.score }
  })
})
