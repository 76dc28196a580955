/**
 * What flows between the stages. Each stage adds readonly fields to what it
 * receives, so a stage called out of order does not compile.
 */
import type { InputFormat, Kind, Lang, MtStatus, RejectReason, RuleLang } from "../schemas/Vocabulary.ts"

/** An input file found under an `--input` root (ReadInput). */
export interface InputFile {
  readonly sourcePath: string
  /** A string, or the bytes of a name that is not UTF-8. */
  readonly absolutePath: string | Buffer
  readonly format: InputFormat
}

/** Its bytes (ReadInput). */
export interface LoadedInput extends InputFile {
  readonly bytes: Uint8Array
  readonly contentSha256: string
}

/** Decoded text (Decode). */
export interface DecodedInput extends LoadedInput {
  readonly encoding: string
  readonly rawText: string
}

/** Metadata a format carries outside the text: HTML `<meta>` and `<time>`, CSV and JSONL fields. */
export interface DocumentHints {
  readonly title: string | null
  /** An ISO 8601 date or date-time, or a date as printed. */
  readonly published: string | null
  readonly author: string | null
  readonly outlet: string | null
  readonly url: string | null
}

export const noHints: DocumentHints = { title: null, published: null, author: null, outlet: null, url: null }

/**
 * One article to clean (Unpack): a whole text or HTML file, or one record of a
 * CSV or JSONL export (`source_path` `file#N`, line numbers inside its text field).
 */
export interface SourceRecord {
  readonly sourcePath: string
  readonly format: InputFormat
  readonly encoding: string
  /** sha256 of the file's bytes, or of a record's text field. */
  readonly contentSha256: string
  readonly rawText: string
  readonly markup: "text" | "html"
  readonly hints: DocumentHints
}

/** A problem with one input: it becomes a `rejects` row and the run goes on. */
/**
 * What a cleaning stage (or one of the line classifier's steps) threw on a page cleaned in a group:
 * that page goes no further, its group's others go on (`Process.ts`, `classifyGroup`).
 */
export class PageFailed {
  constructor(readonly error: unknown) {}
}

export interface InputProblem {
  readonly sourcePath: string
  readonly reason: RejectReason
  readonly detail: string
}

/** A segment as cut from the raw lines (Segment). */
export interface LineSegment {
  readonly lineStart: number
  readonly lineEnd: number
  readonly rawText: string
  /** NFC, whitespace collapsed. */
  readonly text: string
  /** A kind the markup already tells (`<figcaption>`, `<nav>`, a related-news list), or `null`. */
  readonly hint: Kind | null
  /** What in the markup gave the hint (`html:figcaption`), for `kind_evidence`. */
  readonly hintEvidence?: ReadonlyArray<string>
}

/** Its noise label (ClassifyNoise). */
export interface ClassifiedSegment extends LineSegment {
  readonly kind: Kind
  /** Confidence in `kind`, in [0, 1]. */
  readonly kindScore: number
  /** Rule ids and the model's strongest features that decided `kind`. */
  readonly kindEvidence: ReadonlyArray<string>
  /** The rule of that kind that matched the segment, if any. */
  readonly ruleId: string | null
  /** The language of that rule's table, `null` for language-independent rows. */
  readonly ruleLang: RuleLang | null
  /** Named groups the rule captured (`outlet`, `author`). */
  readonly captures: Readonly<Record<string, string>>
}

/** Its language (DetectLanguage). */
export interface LanguageSegment extends ClassifiedSegment {
  readonly lang: Lang
  readonly langScore: number
  /** The language eld or the function-word vote found when it is none of the corpus' (`de`, `pt`): `lang` is then `und`. */
  readonly otherLang?: string
}

/** Its text after in-line clean-up (CleanInline). */
export interface CleanSegment extends LanguageSegment {
  /** The language of a switch label stripped from the start of the text. */
  readonly switchLabel: RuleLang | null
  /** The outlet named by a dateline prefix stripped from the start of the text. */
  readonly prefixOutlet: string | null
}

/** Its machine-translation evidence (FlagTranslation). */
export interface TranslationSegment extends CleanSegment {
  readonly mtScore: number
  readonly mtFlag: boolean
  readonly mtSignals: ReadonlyArray<string>
}

export interface Metadata {
  readonly title: string | null
  readonly publishedDate: string | null
  readonly publishedAt: string | null
  readonly dateInferred: boolean
  readonly outlet: string | null
  readonly author: string | null
}

export interface TranslationSummary {
  readonly language: Lang
  readonly mtStatus: MtStatus
  readonly mtShare: number
}

export interface Segmented<S extends LineSegment> extends SourceRecord {
  readonly segments: ReadonlyArray<S>
}

export interface WithMetadata<S extends LineSegment> extends Segmented<S> {
  readonly metadata: Metadata
}

export interface Translated extends WithMetadata<TranslationSegment> {
  readonly translation: TranslationSummary
}
