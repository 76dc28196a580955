/**
 * Gives every segment a language and a confidence.
 *
 * 1. Letters only Vietnamese writes (ơ ư ă đ and the tone marks French never
 *    carries) settle `vi` without a model, unless they are a few names in a
 *    sentence whose function words are French or English (`le syndicat du
 *    quartier de Tây Nam`).
 * 2. Names alone (`Vương Trần`, a byline in capitals `QUANG ĐẠI`, a tag list of
 *    people) are `und`: a name is in no language.
 * 3. A short string (a UI label, a counter) is the language of the rule that
 *    labelled it (`Comment (0)` is English UI); else the language of a day's
 *    or month's name in it (`Saturday 2025-06-14`); else, when it holds two words
 *    or more, what eld says with confidence (`Share on email`, `Photo : VNA`);
 *    else `und`.
 * 4. A sentence long enough whose function words are clearly French or
 *    clearly English (`le`, `des`, `est` against `the`, `of`, `is`) is that
 *    language: a vote that costs one pass over the words and settles most
 *    paragraphs, where eld costs a pass over every n-gram.
 * 5. Otherwise eld decides; where it cannot, the rule's language stands. A
 *    text eld calls a language outside the corpus' (German, Portuguese) is
 *    `und`, and the function-word vote does not decide a text holding as many
 *    function words of those languages (`in`, `an`, `was` are German too).
 * 6. A fragment of the article (a body or title line of one word, `Le`) that
 *    nothing settled, or a short one eld called another language, is in the
 *    page's language: the language most of its content letters are in, when
 *    that is a corpus language. So is a label of the page's chrome nothing
 *    settled (`Actualités`, `Décès`) when eld says the page's language of it
 *    or leans to it (eld's first guess, not sure, `Config.language.leaningMinScore`).
 * 7. A picture's role named in English on a Vietnamese page (`Logo`, `Banner`) is English; one word
 *    eld calls English on a French page (`International`, `Tableau A`) is a word both write: French.
 */
import type { Lang, RuleLang } from "../../schemas/Vocabulary.ts"
import { Config } from "../Config.ts"
import { isLetterUnit, isUpperUnit } from "../classifier/Characters.ts"
import { buildWordTrie } from "../classifier/WordTrie.ts"
import type { ClassifiedSegment, LanguageSegment, Segmented } from "../Document.ts"
import { fieldLabelClue, isAddressOrFileName } from "./ShortLineClues.ts"
import { isMarkUnit, isNamesInCapitals, isSurrogate, isUnmarkedVietnamese } from "./VietnameseWords.ts"

export interface LanguageGuess {
  readonly lang: Lang
  readonly score: number
  /** The detector's language when it is none of the corpus' (`lang` is then `und`). */
  readonly other?: string
  /** The corpus language a detector leans to on a text it cannot call (a word or two), with its score. */
  readonly leaning?: { readonly lang: Lang; readonly score: number }
  /** `und` for good: names, a file name, an address; no page or fragment rule reads it as the page's language. */
  readonly settled?: boolean
  /** A label every corpus language writes the same (`E-mail :`): the page's language when it has one. */
  readonly followsPage?: boolean
  /** The detector's score of French for a text it calls English: close to it, a word both languages write. */
  readonly french?: number
}

/** A statistical detector over the corpus' languages (eld in production). */
export type Detector = (text: string) => LanguageGuess

// `â` is French too; it is left out so that `château` does not count.
export const vietnameseOnlyCodes: ReadonlySet<number> = new Set(
  "ăđơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịĩìíọỏốồổỗộớờởỡợõòóụủũứừửữựúỳỵỷỹýãá"
    .split("")
    .flatMap((c) => [c, c.toUpperCase()])
    .map((c) => c.charCodeAt(0))
)
/** `vietnameseOnlyCodes` as a table by UTF-16 unit (all of them are of the Basic Multilingual Plane): no hash per letter. */
const isVietnameseOnlyUnit = new Uint8Array(0x10000)
for (const code of vietnameseOnlyCodes) isVietnameseOnlyUnit[code] = 1

/** Letters, and letters only Vietnamese writes; without a regex (other letters from the class cache of `Characters.ts`). */
export const countLetters = (text: string): { readonly letters: number; readonly vietnamese: number } => {
  let letters = 0
  let vietnamese = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code < 0x80) {
      const lower = code | 0x20
      if (lower >= 0x61 && lower <= 0x7a) letters++
    } else if (isVietnameseOnlyUnit[code] === 1) {
      letters++
      vietnamese++
    } else if (isLetterUnit(code)) {
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
/**
 * Function words of the other languages of Western web pages, none of them
 * frequent in French or English text (`de`, `en`, `se`, `a`, `i`, `y`, `non`,
 * `also` are left out); a word two languages share counts for the first.
 */
const otherFunctionWords: ReadonlyMap<string, string> = new Map(
  (
    [
      [
        "de",
        "der die das und ist nicht ein eine einer einem einen zu den dem von mit sich auf für im auch es wird als bei wie nach oder aus noch werden sind hat wir sie ich über zum zur dass"
      ],
      ["es", "el los las del por con una para su sus al lo como más pero muy sin sobre también está"],
      ["it", "di che della dei delle gli è sono anche più alla nel nella per"],
      ["pt", "os dos em ao pelo pela uma mais são"],
      ["nl", "het een van zijn niet voor dat op"],
      ["pl", "w z na nie jest jak od po"]
    ] as const
  )
    .flatMap(([lang, words]) => words.split(" ").map((word) => [word, lang] as const))
    .reverse()
)
/**
 * The characters of the vote's words (`/[a-zàâçéèêëîïôûùüÿœæ']+/g` on the text's first 2,000 units in
 * lower case), each a letter of the trie below.
 */
const voteWordCharacters = "abcdefghijklmnopqrstuvwxyzàâçéèêëîïôûùüÿœæ'"
const VOTE_LETTERS = voteWordCharacters.length
/** No vote letter: a character that ends a word. */
const VOTE_BREAK = -1
/** A character whose lower case is not one character (`İ` → `i̇`): the text is voted the slow way. */
const VOTE_SLOW = -2
/** A unit not yet read (`voteLetter`, `shortVoteLetter`). */
const VOTE_UNKNOWN = -3
/**
 * A unit's index in `characters` (the lower case's, or `VOTE_BREAK`, or `VOTE_SLOW`) read from a table
 * of every UTF-16 unit, each worked out the first time it is read: a thread read every unit's lower
 * case when it loaded this module (65,536 `toLowerCase` calls per table, about 12 ms of each thread's
 * start), though a run meets a few hundred units.
 */
const lazyVoteLetters = (characters: string | ReadonlyArray<string>): ((code: number) => number) => {
  const letterOf = new Int8Array(0x10000).fill(VOTE_UNKNOWN)
  return (code) => {
    let letter = letterOf[code]!
    if (letter === VOTE_UNKNOWN) {
      const lower = String.fromCharCode(code).toLowerCase()
      letter = lower.length !== 1 ? VOTE_SLOW : characters.indexOf(lower)
      letterOf[code] = letter
    }
    return letter
  }
}
/**
 * A UTF-16 unit's lower case's index in `voteWordCharacters`, or `VOTE_BREAK`, or `VOTE_SLOW`. The
 * lower case of a string is that of its units one by one but for `Σ` at a word's end (`ς`: no vote
 * letter either way) and the units whose lower case is longer (`VOTE_SLOW`); a surrogate is no letter
 * of the class, alone or in a pair, nor is the lower case of a pair.
 */
const voteLetter = lazyVoteLetters(voteWordCharacters)

/** The languages a vote word counts for: French, English, then the others in `otherFunctionWords`' order. */
const VOTE_FR = 1
const VOTE_EN = 2
const otherVoteLanguages: ReadonlyArray<string> = [...new Set(otherFunctionWords.values())]
/**
 * The vote's words as a trie over `voteWordCharacters` (`buildWordTrie`): `next[node * VOTE_LETTERS + letter]` is the
 * next node (0: none; the root is node 0, never a child), `value[node]` what a word ending there
 * counts for (0: nothing; `VOTE_FR`, `VOTE_EN`, else 3 + its index in `otherVoteLanguages`), with the
 * vote's precedence: French first, then English, then the other languages' map.
 */
const voteTrie = buildWordTrie(
  VOTE_LETTERS,
  [...functionWords.fr, ...functionWords.en, ...otherFunctionWords.keys()]
    // A word holding another character (`são`, `más`, `più`) is never one of the regex's words: it cannot count.
    .filter((word) => [...word].every((character) => voteWordCharacters.includes(character)))
    .map(
      (word) =>
        [
          Array.from(word, (character) => voteWordCharacters.indexOf(character)),
          functionWords.fr.has(word)
            ? VOTE_FR
            : functionWords.en.has(word)
              ? VOTE_EN
              : 3 + otherVoteLanguages.indexOf(otherFunctionWords.get(word)!)
        ] as const
    )
)

/**
 * `fr` or `en` when the function words of a long enough text clearly say so;
 * `und` when those of other languages do (German, Spanish: eld need not read
 * it), `other` naming the language of most of them (Spanish and Portuguese
 * share some: a rough name, never a corpus language); else null.
 *
 * The words are those of `/[a-zàâçéèêëîïôûùüÿœæ']+/g` on `text.slice(0, 2_000).toLowerCase()`, found
 * unit by unit and walked down a trie of the function words as they are read: no lower-case copy, no
 * array of words, no string per word (the line features vote every line; `tests/stages/LanguageScans.test.ts`
 * checks it against the regex and the sets on every gold line and on random strings).
 */
export const voteFunctionWords = (text: string): LanguageGuess | null => {
  const end = Math.min(text.length, 2_000)
  const { next, value: language } = voteTrie
  let words = 0
  let fr = 0
  let en = 0
  let other = 0
  // The other languages' counts, and the order each was first met (the stable sort's order for a tie).
  let otherCounts: Array<number> | undefined
  let otherOrder: Array<number> | undefined
  // -1 outside a word; 0 in a word no function word begins; else the trie's node.
  let node = -1
  for (let i = 0; i <= end; i++) {
    const letter = i < end ? voteLetter(text.charCodeAt(i)) : VOTE_BREAK
    if (letter >= 0) {
      if (node < 0) {
        words++
        node = next[letter]!
      } else if (node > 0) node = next[node * VOTE_LETTERS + letter]!
      continue
    }
    if (letter === VOTE_SLOW) return voteFunctionWordsOf(text)
    if (node > 0) {
      const lang = language[node]!
      if (lang === VOTE_FR) fr++
      else if (lang === VOTE_EN) en++
      else if (lang > 0) {
        other++
        otherCounts ??= new Array(otherVoteLanguages.length).fill(0)
        otherOrder ??= []
        if (otherCounts[lang - 3] === 0) otherOrder.push(lang - 3)
        otherCounts[lang - 3] = otherCounts[lang - 3]! + 1
      }
    }
    node = -1
  }
  if (words < Config.language.voteMinWords) return null
  let top: string | undefined
  if (otherCounts !== undefined && otherOrder !== undefined) {
    let best = 0
    for (const index of otherOrder)
      if (otherCounts[index]! > best) {
        best = otherCounts[index]!
        top = otherVoteLanguages[index]
      }
  }
  return settleVote(fr, en, other, top)
}

// Without the `u` flag: its characters are all of the Basic Multilingual Plane, and a surrogate, one of a pair
// or alone, is none of them either way; V8 runs the class faster without it (about a quarter less).
const wordPattern = /[a-zàâçéèêëîïôûùüÿœæ']+/g

/** `voteFunctionWords` with the regex and the sets: for a text holding a unit whose lower case is longer (`İ`). */
export const voteFunctionWordsOf = (text: string): LanguageGuess | null => {
  const words = text.slice(0, 2_000).toLowerCase().match(wordPattern)
  if (words === null || words.length < Config.language.voteMinWords) return null
  let fr = 0
  let en = 0
  let other = 0
  const others = new Map<string, number>()
  for (const word of words) {
    if (functionWords.fr.has(word)) fr++
    else if (functionWords.en.has(word)) en++
    else {
      const lang = otherFunctionWords.get(word)
      if (lang !== undefined) {
        other++
        others.set(lang, (others.get(lang) ?? 0) + 1)
      }
    }
  }
  return settleVote(fr, en, other, [...others].sort((a, b) => b[1] - a[1])[0]?.[0])
}

/** The vote's answer from its counts, `top` the other language with most words (the first met of a tie). */
const settleVote = (fr: number, en: number, other: number, top: string | undefined): LanguageGuess | null => {
  const ratio = Config.language.voteMinRatio
  const hits = Config.language.voteMinHits
  if (other >= hits && other >= ratio * Math.max(fr, en)) {
    return { lang: "und", score: Math.min(1, other / (fr + en + other)), other: top! }
  }
  // German or Spanish text counts a few English or French words (`in`, `an`, `la`, `que`): eld decides.
  if (2 * other >= Math.max(fr, en)) return null
  if (fr >= hits && fr >= ratio * en) return { lang: "fr", score: Math.min(1, fr / (fr + en)) }
  if (en >= hits && en >= ratio * fr) return { lang: "en", score: Math.min(1, en / (fr + en)) }
  return null
}

/** French words an elision or a preposition shares with other languages: cues of a short French line only. */
const frenchShortCues: ReadonlySet<string> = new Set(["de", "en", "l'", "d'", "qu'", "n'", "s'", "j'", "c'"])
const shortWordPattern = /\p{L}[\p{L}\p{M}]*'?/gu
const startsUpper = /^\p{Lu}/u

/**
 * The function words of a short line (four words or more, below the vote's length):
 * French or English when two of one language and none of the other's say so
 * (`L'ambassadeur de Singapour salue l'héritage du SG Nguyên Phu Trong`: `l'`,
 * `de`, `l'`, `du`); names' letters, which fool a detector's n-grams, do not count.
 */
export const voteShortFunctionWords = (text: string): "fr" | "en" | null => {
  const { next, value } = shortVoteTrie
  let fr = 0
  let en = 0
  let words = 0
  let i = 0
  const end = text.length
  for (;;) {
    while (i < end && !isLetterUnit(text.charCodeAt(i))) {
      if (isSurrogate(text.charCodeAt(i))) return voteShortFunctionWordsOf(text)
      i++
    }
    if (i >= end) break
    const start = i
    // The word's lower case walked down the trie as it is read (0: no function word begins so), unless a
    // unit's lower case is longer (`İ`): then the word is cut and lower-cased.
    let slow = false
    let letter = shortVoteLetter(text.charCodeAt(i))
    let node = letter >= 0 ? next[letter]! : 0
    if (letter === VOTE_SLOW) slow = true
    for (i++; i < end; i++) {
      const code = text.charCodeAt(i)
      if (isSurrogate(code)) return voteShortFunctionWordsOf(text)
      if (!isLetterUnit(code) && !isMarkUnit(code)) break
      letter = shortVoteLetter(code)
      if (letter === VOTE_SLOW) slow = true
      if (node > 0) node = letter >= 0 ? next[node * SHORT_VOTE_LETTERS + letter]! : 0
    }
    const apostrophe = i < end && (text.charCodeAt(i) === 0x27 || text.charCodeAt(i) === 0x2019)
    if (apostrophe) {
      i++
      if (node > 0) node = next[node * SHORT_VOTE_LETTERS + SHORT_VOTE_APOSTROPHE]!
    }
    // A function word inside a sentence is in lower case: `An` of `An Giang` is a name.
    if (words++ > 0 && isUpperUnit(text, start)) continue
    // Longer than every function word (its lower case is no shorter): none of them, nothing counted.
    if (i - start > SHORT_VOTE_MAX_LENGTH) continue
    const counts = slow
      ? shortVoteValue((apostrophe ? `${text.slice(start, i - 1)}'` : text.slice(start, i)).toLowerCase())
      : node > 0
        ? value[node]!
        : 0
    if (counts === SHORT_VOTE_FR) fr++
    else if (counts === SHORT_VOTE_EN) en++
    // Another language's function word, or both languages': no vote, whatever follows.
    else if (counts === SHORT_VOTE_OTHER) return null
    if (fr > 0 && en > 0) return null
  }
  if (words < 4) return null
  if (fr >= 2) return "fr"
  if (en >= 2) return "en"
  return null
}

/** What a word (in lower case) counts for in the short vote, in the sets' order: French, English, another language (0: none). */
const SHORT_VOTE_FR = 1
const SHORT_VOTE_EN = 2
const SHORT_VOTE_OTHER = 3
const shortVoteValue = (lower: string): number =>
  functionWords.fr.has(lower) || frenchShortCues.has(lower)
    ? SHORT_VOTE_FR
    : functionWords.en.has(lower)
      ? SHORT_VOTE_EN
      : otherFunctionWords.has(lower)
        ? SHORT_VOTE_OTHER
        : 0

/** Every word the short vote reads, and the characters they are written with (the apostrophe `'` among them). */
const shortVoteWords: ReadonlyArray<string> = [
  ...new Set([...functionWords.fr, ...frenchShortCues, ...functionWords.en, ...otherFunctionWords.keys()])
]
const shortVoteCharacters: ReadonlyArray<string> = [...new Set(shortVoteWords.join(""))]
const SHORT_VOTE_LETTERS = shortVoteCharacters.length
const SHORT_VOTE_APOSTROPHE = shortVoteCharacters.indexOf("'")
/**
 * Per UTF-16 unit, its lower case's index in `shortVoteCharacters`, or -1 (no function word holds it),
 * or `VOTE_SLOW` (its lower case is longer), each unit read once (`lazyVoteLetters`). A word's lower case is its units' one by one but for `Σ` at
 * a word's end (`ς`, `σ` alone: neither is in a function word).
 */
const shortVoteLetter = lazyVoteLetters(shortVoteCharacters)
/** The short vote's words as a trie over `shortVoteCharacters`, each word's value `shortVoteValue`'s. */
const shortVoteTrie = buildWordTrie(
  SHORT_VOTE_LETTERS,
  shortVoteWords.map(
    (word) => [Array.from(word, (character) => shortVoteCharacters.indexOf(character)), shortVoteValue(word)] as const
  )
)

/**
 * `voteShortFunctionWords` with the words matched by the regex (the code the scan above replaces, which
 * finds the same words from the class caches: a letter, letters and marks, an apostrophe; for a text
 * holding a surrogate, where a letter may be a pair).
 */
export const voteShortFunctionWordsOf = (text: string): "fr" | "en" | null => {
  const apostrophes = text.replaceAll("\u2019", "'")
  let fr = 0
  let en = 0
  let words = 0
  shortWordPattern.lastIndex = 0
  for (let match = shortWordPattern.exec(apostrophes); match !== null; match = shortWordPattern.exec(apostrophes)) {
    const word = match[0]
    // A function word inside a sentence is in lower case: `An` of `An Giang` is a name.
    if (words++ > 0 && startsUpper.test(word)) continue
    const lower = word.toLowerCase()
    if (functionWords.fr.has(lower) || frenchShortCues.has(lower)) fr++
    else if (functionWords.en.has(lower)) en++
    // Another language's function word, or both languages': no vote, whatever follows.
    else if (otherFunctionWords.has(lower)) return null
    if (fr > 0 && en > 0) return null
  }
  if (words < 4) return null
  if (fr >= 2) return "fr"
  if (en >= 2) return "en"
  return null
}

/** The longest word, apostrophe included, of the sets the short vote reads. */
const SHORT_VOTE_MAX_LENGTH = Math.max(
  ...[...functionWords.fr, ...functionWords.en, ...frenchShortCues, ...otherFunctionWords.keys()].map(
    (word) => word.length
  )
)

/** An elided French pronoun, article or conjunction before a word opening on a vowel or an `h`. */
const frenchElision = /(?:^|[^\p{L}])(?:[jlcdnmst]|qu)['\u2019][aeiouyhàâéèêëîïôûœ]/iu

/**
 * Vietnamese letters only in capitalised words (names: `Nguyễn Hồng Nga`, `Đồng Tháp`),
 * none in a lower-case word: the line's own words are not Vietnamese.
 */
export const marksOnlyInNames = (text: string): boolean => {
  // The runs of letters and marks read unit by unit from the class caches (a text holding a surrogate,
  // where a letter may be a pair, by the regex): a run with a Vietnamese letter, not opening on a capital.
  let i = 0
  const end = text.length
  while (i < end) {
    const code = text.charCodeAt(i)
    if (isSurrogate(code)) return marksOnlyInNamesOf(text)
    if (!isLetterUnit(code) && !isMarkUnit(code)) {
      i++
      continue
    }
    const start = i
    let vietnamese = false
    for (; i < end; i++) {
      const unit = text.charCodeAt(i)
      if (isSurrogate(unit)) return marksOnlyInNamesOf(text)
      if (!isLetterUnit(unit) && !isMarkUnit(unit)) break
      if (isVietnameseOnlyUnit[unit] === 1) vietnamese = true
    }
    if (vietnamese && !isUpperUnit(text, start)) return false
  }
  return true
}

/** `marksOnlyInNames` with the words matched by the regex (the code the scan replaces; for surrogates). */
export const marksOnlyInNamesOf = (text: string): boolean => {
  lettersAndMarks.lastIndex = 0
  for (let match = lettersAndMarks.exec(text); match !== null; match = lettersAndMarks.exec(text)) {
    const word = match[0]
    if (countLetters(word).vietnamese > 0 && !startsUpper.test(word)) return false
  }
  return true
}
const lettersAndMarks = /[\p{L}\p{M}]+/gu

/** Dates, times, a time zone, an agency tag in brackets or after a slash (`(TTXVN)`, `/CVN`): what a byline adds to names. */
export const bylineExtras =
  /\(\s*[\p{Lu}\d+/ -]{2,}\s*\)|\b\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?\b|\b\d{1,2}[:h]\d{2}(?::\d{2})?\b|\bGMT\s*[+-]?\d*|\/\s*\p{Lu}{2,}\b/gu

/** Initials alone (`N.Q`, `T.H.`): a byline's signature with its date. */
const initialsOnly = /^\p{Lu}(?:\.\p{Lu})+\.?$/u
const vietnameseCalendar = /(?:^|\s)(?:thứ|chủ nhật|ngày|tháng)(?:\s|$)/iu

/**
 * Names with a date, a time or an agency tag and nothing else: `und` (`Hà Vũ 17/08/2024 09:30`,
 * `Trọng Đức (TTXVN)`, `N.Q 27/02/2025 16:17 (GMT+7)`), or the language of a month's or a day's
 * name in the date (`Ngan Hanh - Lam Tung - 10 juillet 2024 09:30` is French); null otherwise.
 */
/** `bylineExtras` without `g`: whether a text holds one (no `lastIndex` to keep). */
const bylineExtra = new RegExp(bylineExtras.source, "u")
/** `|`, `,` or `-`: what `namesWithDateOrTag`'s `strip` takes off a line's ends besides whitespace. */
const isStripped = (code: number): boolean => code === 0x7c || code === 0x2c || code === 0x2d

export const namesWithDateOrTag = (text: string, inByline: boolean): Lang | null => {
  // Most short lines hold no date, time nor tag and neither open nor end on a separator: `strip` would
  // give their trimmed text back, so the answer is null without its three replacements.
  if (!bylineExtra.test(text)) {
    const trimmed = text.trim()
    if (
      trimmed.length === 0 ||
      (!isStripped(trimmed.charCodeAt(0)) && !isStripped(trimmed.charCodeAt(trimmed.length - 1)))
    )
      return null
  }
  return namesWithDateOrTagOf(text, inByline)
}

/** `namesWithDateOrTag` without its first test (the code it gates). */
export const namesWithDateOrTagOf = (text: string, inByline: boolean): Lang | null => {
  const strip = (line: string) =>
    line
      .replace(bylineExtras, " ")
      .replace(/[|,\s-]+$/u, "")
      .replace(/^[|,\s-]+/u, "")
      .trim()
  const rest = strip(text)
  if (rest === text.trim() || rest.length === 0) return null
  // A Vietnamese day's name is a dateline's word, not a name (`Thứ Sáu, 21/6/2024`).
  if (vietnameseCalendar.test(rest)) return null
  const calendar = calendarLanguage(rest)
  const names = calendar === undefined ? rest : strip(withoutCalendarWords(rest))
  if (names.length === 0) return null
  const isNames = isNamesOnly(names, false) || isNamesInCapitals(names, inByline) || initialsOnly.test(names)
  return isNames ? (calendar ?? "und") : null
}

/** Below this many letters a rule's own language is trusted over a statistical guess. */
const RULE_LANGUAGE_MAX_LETTERS = 40

/** Vietnamese words of address before a name: the line is a Vietnamese phrase, not a name alone. */
const honorifics: ReadonlySet<string> = new Set(["Ông", "Bà"])

// Two letters or more, or an initial with its dot: a capital alone is a designation (`Groupe B`, `Tableau A`).
const titleCaseWord = /^\p{Lu}[\p{Ll}\p{M}]+\.?$/u
const capitalsWord = /^[\p{Lu}\p{M}]+\.?$/u
const initial = /^\p{Lu}\.$/u

/**
 * A person's or a place's name and nothing else: two to six words, each capitalised
 * (`Vương Trần`, `P. Thuỷ`, `Hữu Bằng- Thanh Hiểu`), or all in capitals in a byline
 * (`QUANG ĐẠI`), with no digit and no sentence punctuation.
 */
export const isNamesOnly = (text: string, inByline: boolean): boolean => {
  if (/[\d:;!?()]/u.test(text)) return false
  const words = text.split(/[\s,\-–&/|]+/u).filter((word) => word.length > 0)
  if (words.length < 2 || words.length > 6) return false
  // `Ông Nguyễn Đức Chung` (Mr): a Vietnamese word before the name.
  if (honorifics.has(words[0]!)) return false
  if (words.every((word) => titleCaseWord.test(word) || initial.test(word))) return true
  return inByline && words.every((word) => capitalsWord.test(word))
}

/** Names of days and months: a date line's words (`Saturday 2025-06-14`, `Lundi 29 janvier`). */
const calendarWords: ReadonlyArray<readonly ["fr" | "en", ReadonlySet<string>]> = [
  [
    "fr",
    new Set(
      "lundi mardi mercredi jeudi vendredi samedi dimanche janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(
        " "
      )
    )
  ],
  [
    "en",
    new Set(
      "monday tuesday wednesday thursday friday saturday sunday january february march april june july august september october november december".split(
        " "
      )
    )
  ]
]

/** The text without its days' and months' names, nor the numbers of a date. */
const withoutCalendarWords = (text: string): string =>
  text
    .split(/\s+/u)
    .filter((word) => !calendarWords.some(([, names]) => names.has(word.toLowerCase())) && !/^\d+$/u.test(word))
    .join(" ")

/** Each name of `calendarWords`: a word of the lower-cased text can be one only where the text holds it. */
const calendarName = new RegExp([...calendarWords.flatMap(([, names]) => [...names])].join("|"))

const calendarLanguage = (text: string): "fr" | "en" | undefined => {
  const lower = text.toLowerCase()
  // Most lines name no day nor month: the lower case searched once before it is cut into words.
  if (!calendarName.test(lower)) return undefined
  const words = lower.split(/[^\p{L}]+/u)
  return calendarWords.find(([, names]) => words.some((word) => names.has(word)))?.[0]
}

/** Words of two letters or more: a short string of one word is a label eld cannot call. */
const wordCount = (text: string): number => text.split(/[^\p{L}]+/u).filter((word) => word.length >= 2).length

/** No lower-case letter and two capitals or more: a heading, a name or an acronym in capitals. */
const inCapitals = (text: string): boolean => !/\p{Ll}/u.test(text) && (text.match(/\p{Lu}/gu)?.length ?? 0) >= 2
/**
 * A word of four letters or more holding a vowel: words, not acronyms (`VNA/CVN`, `HYTV`). A
 * letter's marks taken off (NFD) leave its base vowel: `ư` is `u`, `ặ` is `a`.
 */
const hasWord = (text: string): boolean =>
  (text.match(/[\p{L}\p{M}]{4,}/gu) ?? []).some((word) => /[aeiouy]/iu.test(word.normalize("NFD")))

export const guessLanguage = (
  original: string,
  ruleLang: RuleLang | null,
  detector: Detector,
  inByline = false
): LanguageGuess => {
  const counts = countLetters(original)
  if (counts.letters === 0) return { lang: "und", score: 0 }
  if (isAddressOrFileName(original)) return { lang: "und", score: 0.6, settled: true }
  const clue = fieldLabelClue(original)
  // A label every language writes the same: the page's language, else what the line says.
  if (clue === "page") return { ...guessText(original, counts, ruleLang, detector, inByline), followsPage: true }
  if (clue !== undefined) return { lang: clue, score: 0.6 }
  return guessText(original, counts, ruleLang, detector, inByline)
}

const guessText = (
  original: string,
  { letters, vietnamese }: ReturnType<typeof countLetters>,
  ruleLang: RuleLang | null,
  detector: Detector,
  inByline: boolean
): LanguageGuess => {
  if (letters < RULE_LANGUAGE_MAX_LETTERS) {
    const dated = namesWithDateOrTag(original, inByline)
    if (dated !== null) return { lang: dated, score: 0.6, ...(dated === "und" ? { settled: true } : {}) }
  }
  // Initials alone are a signature, no language (`N.Ý` vi-more5/02 baobinhduong, `M.N` vi-more3/10
  // baohungyen): a Vietnamese capital among them is a name's letter, not a Vietnamese word.
  if (initialsOnly.test(original.trim())) return { lang: "und", score: 0.6, settled: true }
  // A run of names in capitals is no language; a heading in capitals is read like lower case.
  const capitals = inCapitals(original)
  if (capitals && isNamesInCapitals(original, inByline, true)) return { lang: "und", score: 0.6, settled: true }
  const text = capitals && hasWord(original) ? original.toLowerCase() : original
  if (letters < RULE_LANGUAGE_MAX_LETTERS && !capitals && isNamesOnly(text, inByline))
    return { lang: "und", score: 0.6, settled: true }
  const share = vietnamese / letters
  const short = letters < Config.language.minLettersForDetector
  if (vietnamese === 0 && isUnmarkedVietnamese(text)) return { lang: "vi", score: 0.6 }
  // French naming Vietnamese people or places: the sentence's function words decide, not the names' letters.
  if (!capitals && (vietnamese === 0 || marksOnlyInNames(text))) {
    const voted = voteShortFunctionWords(text)
    if (voted !== null) return { lang: voted, score: 0.7 }
    // Too short for eld: a French elision before a vowel (`J'en profite`, `L'essentiel`) says French.
    if (short && frenchElision.test(text)) return { lang: "fr", score: 0.6 }
  }
  // French or English running text quoting Vietnamese names: its function words outvote the names' letters.
  if (share < Config.language.namesInForeignTextShare) {
    const voted = voteFunctionWords(text)
    if (voted !== null) return voted
  }
  if (share >= Config.language.vietnameseLetterShare && (vietnamese >= Config.language.vietnameseLetterMin || short)) {
    return { lang: "vi", score: Math.min(1, 0.6 + share * 2) }
  }
  if (ruleLang !== null && letters < RULE_LANGUAGE_MAX_LETTERS) return { lang: ruleLang, score: 0.6 }
  if (short) {
    const calendar = calendarLanguage(text)
    if (calendar !== undefined) return { lang: calendar, score: 0.6 }
    const guess = wordCount(text) >= 2 ? detector(text) : undefined
    // Sure enough of a language outside the corpus' (`Mehr zum Thema`), it is `und` with that language named.
    return guess !== undefined && guess.score >= Config.language.shortMinScore ? guess : { lang: "und", score: 0 }
  }
  // The function words were counted above (a text this far has few Vietnamese letters): eld decides.
  const guess = detector(text)
  // A slug or a headline the detector cannot call is still in its rule's language.
  return guess.lang === "und" && guess.other === undefined && ruleLang !== null ? { lang: ruleLang, score: 0.5 } : guess
}

/**
 * A line of the article this short that eld calls another language is still
 * in the page's language: on the gold's French pages, `Chers camarades,` and
 * `ressort central.` were such calls; a quoted sentence in German is longer.
 */
const FOREIGN_FRAGMENT_MAX_LETTERS = 40

/**
 * The detector says the page's language of a line, or leans to it without being sure (a label of a
 * word or two: `Décès`, `Autres`, `Publié` on a French page) at least `Config.language.leaningMinScore`.
 */
const saysOrLeansTo = (guess: LanguageGuess, lang: Lang): boolean =>
  guess.lang === lang ||
  (guess.lang === "und" && guess.leaning?.lang === lang && guess.leaning.score >= Config.language.leaningMinScore)

/**
 * A line of nothing but function words of the page's language (`Le`, a sentence cut at its first
 * word): a fragment of its text, whatever kind the classifier gave it.
 */
const onlyFunctionWordsOf = (text: string, lang: Lang): boolean => {
  if (lang !== "fr" && lang !== "en") return false
  const words = text.toLowerCase().match(/\p{L}+/gu)
  return words?.every((word) => functionWords[lang].has(word)) ?? false
}

/** The detector calls the text English and scores French nearly as high: a word both languages write. */
const isSharedWord = (guess: LanguageGuess): boolean =>
  guess.lang === "en" && guess.french !== undefined && guess.score - guess.french <= Config.language.sharedWordMargin

const isContent = (segment: ClassifiedSegment): boolean => segment.kind === "body" || segment.kind === "title"

/**
 * English names of a picture's role on the page, which a Vietnamese site's image alt text or chrome
 * prints alone (`Logo` vi-provincial/03 hdndhaiduong, `Banner` vi-provincial/14 tuyenquangtv,
 * `image banner` vi-fr-more6/04 sotuphapbackan): too short for eld, which has no n-gram of them.
 */
const pictureRoleWords: ReadonlySet<string> = new Set(["logo", "banner", "image"])
/**
 * An ASCII letter none of those words holds: the word it is in (a lower-case ASCII letter either way)
 * is none of them. A cheap test first, as most lines hold one (`t`, `h`, `u`); the same answer.
 */
const notPictureRoleLetter = /[cdfhjkpqs-zCDFHJKPQS-Z]/
const isPictureRoleLabel = (text: string): boolean => {
  if (notPictureRoleLetter.test(text)) return false
  const words = text.toLowerCase().match(/\p{L}+/gu)
  return words !== null && words.length <= 3 && words.every((word) => pictureRoleWords.has(word))
}

/**
 * The segment with its language: `Object.assign` copies it as a spread into the literal would, key for
 * key and in order, without V8's slow path for that spread.
 */
const withLanguage = (segment: ClassifiedSegment, lang: Lang, langScore: number): LanguageSegment =>
  Object.assign({}, segment, { lang, langScore })

export const detectLanguage = (doc: Segmented<ClassifiedSegment>, detector: Detector): Segmented<LanguageSegment> => {
  const guesses = doc.segments.map((segment) =>
    guessLanguage(segment.text, segment.ruleLang, detector, segment.kind === "byline")
  )
  // Text in a language outside the corpus' counts as `und`: a German page is no English page for its few English lines.
  const lettersBy = new Map<Lang, number>()
  doc.segments.forEach((segment, i) => {
    const guess = guesses[i]!
    if ((guess.lang !== "und" || guess.other !== undefined) && isContent(segment))
      lettersBy.set(guess.lang, (lettersBy.get(guess.lang) ?? 0) + segment.text.length)
  })
  const top = [...lettersBy].sort((a, b) => b[1] - a[1])[0]?.[0]
  const pageLang = top === "und" ? undefined : top
  return {
    ...doc,
    segments: doc.segments.map((segment, i) => {
      const guess = guesses[i]!
      const fragment =
        guess.lang === "und" &&
        guess.settled !== true &&
        (guess.other === undefined || countLetters(segment.text).letters < FOREIGN_FRAGMENT_MAX_LETTERS) &&
        pageLang !== undefined &&
        isContent(segment) &&
        countLetters(segment.text).letters > 0 &&
        !isNamesOnly(segment.text, false)
      // A label of the page's chrome nothing settled (`Actualités`, `Nouvelles`) is in the page's
      // language when the detector says so or leans to it: never a language the page is not in. A
      // Vietnamese label carries its marks (the character rule settled it): eld is not asked on a
      // Vietnamese page, which never loads its tables.
      const pageLabel =
        !fragment &&
        guess.lang === "und" &&
        guess.settled !== true &&
        guess.other === undefined &&
        pageLang !== undefined &&
        pageLang !== "vi" &&
        countLetters(segment.text).letters >= 4 &&
        !isNamesOnly(segment.text, segment.kind === "byline") &&
        saysOrLeansTo(detector(segment.text), pageLang)
      const functionFragment =
        guess.lang === "und" &&
        guess.settled !== true &&
        guess.other === undefined &&
        pageLang !== undefined &&
        onlyFunctionWordsOf(segment.text, pageLang)
      // A word of a Vietnamese page's chrome without a Vietnamese letter (`Summary`, `Loading...`) is no
      // Vietnamese: English when eld leans to it as it leans French pages' labels to French.
      const englishLabel =
        !fragment &&
        !pageLabel &&
        !functionFragment &&
        pageLang === "vi" &&
        guess.lang === "und" &&
        guess.settled !== true &&
        guess.other === undefined &&
        guess.followsPage !== true &&
        countLetters(segment.text).vietnamese === 0 &&
        countLetters(segment.text).letters >= 4 &&
        !isNamesOnly(segment.text, segment.kind === "byline") &&
        saysOrLeansTo(detector(segment.text), "en")
      if (englishLabel) return withLanguage(segment, "en", 0.5)
      // A picture's role named in English on a Vietnamese page (`Logo`, `Banner`) is English: eld cannot call
      // it, or calls `image banner` French; on a French or English page the words are the page's own.
      if (pageLang === "vi" && guess.settled !== true && isPictureRoleLabel(segment.text))
        return withLanguage(segment, "en", 0.5)
      // One word French writes as English does (`International` fr-desk-b/11 reseau-bastille, `Tableau A`
      // fr-mt-more/07 baonghean, `AsieInternational` vi-fr-more6/15 al24news): eld calls it English and scores
      // French within `Config.language.sharedWordMargin` of it; on a French page it is the page's word. English
      // alone (`Subscribe`, `Download`: French far below or none), a rule's English (`Comment (0)`) and a name stand.
      const sharedWord =
        pageLang === "fr" &&
        (guess.lang === "und" || guess.lang === "en") &&
        guess.settled !== true &&
        guess.other === undefined &&
        guess.followsPage !== true &&
        segment.ruleLang === null &&
        wordCount(segment.text) === 1 &&
        countLetters(segment.text).vietnamese === 0 &&
        isSharedWord(detector(segment.text))
      if (sharedWord) return withLanguage(segment, "fr", 0.5)
      return fragment || pageLabel || functionFragment || (guess.followsPage === true && pageLang !== undefined)
        ? withLanguage(segment, pageLang!, 0.5)
        : guess.other === undefined
          ? withLanguage(segment, guess.lang, guess.score)
          : Object.assign({}, segment, { lang: guess.lang, langScore: guess.score, otherLang: guess.other })
    })
  }
}
