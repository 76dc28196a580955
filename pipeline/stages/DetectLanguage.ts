/**
 * Gives every segment a language and a confidence.
 *
 * 1. Letters only Vietnamese writes (ơ ư ă đ and the tone marks French never
 *    carries) settle `vi` without a model: they are cheap and certain.
 * 2. A short string (a UI label, a counter) is `und` unless the rule that
 *    labelled it belongs to one language's table (`Comment (0)` is English UI).
 * 3. A sentence long enough whose function words are clearly French or
 *    clearly English (`le`, `des`, `est` against `the`, `of`, `is`) is that
 *    language: a vote that costs one pass over the words and settles most
 *    paragraphs, where eld costs a pass over every n-gram.
 * 4. Otherwise eld, restricted to the corpus' languages, decides; where it
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

// `â` is French too; it is left out so that `château` does not count.
const vietnameseOnlyCodes: ReadonlySet<number> = new Set(
  "ăđơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịĩìíọỏốồổỗộớờởỡợõòóụủũứừửữựúỳỵỷỹýãá"
    .split("")
    .flatMap((c) => [c, c.toUpperCase()])
    .map((c) => c.charCodeAt(0))
)
const letter = /\p{L}/u

/** Letters, and letters only Vietnamese writes; ASCII and Vietnamese letters without a regex. */
export const countLetters = (text: string): { readonly letters: number; readonly vietnamese: number } => {
  let letters = 0
  let vietnamese = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code < 0x80) {
      const lower = code | 0x20
      if (lower >= 0x61 && lower <= 0x7a) letters++
    } else if (vietnameseOnlyCodes.has(code)) {
      letters++
      vietnamese++
    } else if (letter.test(text[i]!)) {
      letters++
    }
  }
  return { letters, vietnamese }
}

/**
 * Function words, frequent in running text of one language and rare in the
 * other's: the vote counts them, not content words.
 */
const functionWords: Readonly<Record<"fr" | "en", ReadonlySet<string>>> = {
  fr: new Set(
    "le la les des du un une est et dans pour par sur avec qui que au aux ces cette son ses sont été leur nous vous il elle ils ont pas plus ainsi entre lors selon".split(
      " "
    )
  ),
  en: new Set(
    "the of and to is in for that with on by was are were this from has have had be been which its their will would an at it".split(
      " "
    )
  )
}
const wordPattern = /[a-zàâçéèêëîïôûùüÿœæ']+/gu

/** `fr` or `en` when the function words of a long enough text clearly say so, else null. */
export const voteFunctionWords = (text: string): { readonly lang: "fr" | "en"; readonly score: number } | null => {
  const words = text.slice(0, 2_000).toLowerCase().match(wordPattern)
  if (words === null || words.length < Config.language.voteMinWords) return null
  let fr = 0
  let en = 0
  for (const word of words) {
    if (functionWords.fr.has(word)) fr++
    else if (functionWords.en.has(word)) en++
  }
  const ratio = Config.language.voteMinRatio
  if (fr >= Config.language.voteMinHits && fr >= ratio * en) return { lang: "fr", score: Math.min(1, fr / (fr + en)) }
  if (en >= Config.language.voteMinHits && en >= ratio * fr) return { lang: "en", score: Math.min(1, en / (fr + en)) }
  return null
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
  const voted = voteFunctionWords(text)
  if (voted !== null) return voted
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
