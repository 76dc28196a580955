/**
 * Schemas of the rule tables. Rules are data: each row has a stable id, the
 * pattern, what it decides and a note saying why and where such text is seen.
 * `pipeline/rules/RuleBook.ts` validates every table once at start-up.
 */
import { Schema } from "effect"
import { Kind, RuleLang } from "./Vocabulary.ts"

const RuleId = Schema.String.pipe(Schema.pattern(/^[a-z][a-z-]*(\.[a-z0-9-]+)+$/))
const Pattern = Schema.String.pipe(Schema.minLength(1))
const Note = Schema.String.pipe(Schema.minLength(10))

/**
 * Where a noise rule may fire:
 * - `any`: on any segment;
 * - `head`: only on the first content line when a title-like line follows it
 *   (a company or advertiser name printed above the headline).
 */
export const NoiseRuleScope = Schema.Literal("any", "head")

/** A whole-line noise pattern: a segment matching it gets `kind`. */
export const NoiseRule = Schema.Struct({
  id: RuleId,
  /** The language the pattern is written in; `null` for language-independent rows. */
  lang: Schema.NullOr(RuleLang),
  kind: Kind,
  pattern: Pattern,
  caseInsensitive: Schema.optionalWith(Schema.Boolean, { default: () => false }),
  scope: Schema.optionalWith(NoiseRuleScope, { default: () => "any" as const }),
  /**
   * A kind this segment takes when a neighbouring segment already has it: table
   * residue under a related-news header is part of that block, a lone close
   * button next to player widgets is part of the player.
   */
  joins: Schema.optional(Kind),
  /**
   * The shape cannot be anything but this kind (markup residue: `![](…)`, `<img>`, `---|`, a
   * lone close glyph): the row decides with score 1 and the line classifier is not asked.
   */
  certain: Schema.optionalWith(Schema.Boolean, { default: () => false }),
  /**
   * Whether the line classifier reads the row's hit as a feature (`rule:<kind>`, its neighbours'
   * `prev:`/`next:rule:<kind>`). `false` only for a certain row: it decides its lines before the model
   * either way, and its hit as a feature would only move the weights the other lines are read with
   * (a row of a few lines made the model read a share widget's labels as other noise).
   */
  feature: Schema.optionalWith(Schema.Boolean, { default: () => true }),
  /** Longer segments are never matched: a guard against a pattern swallowing a paragraph. */
  maxChars: Schema.optionalWith(Schema.Int.pipe(Schema.positive()), { default: () => 300 }),
  note: Note
}).pipe(
  Schema.filter(
    (row) => row.certain || row.feature || "a row that is no feature must be certain: it decides nothing else"
  )
)
export type NoiseRule = typeof NoiseRule.Type
export type NoiseRuleInput = typeof NoiseRule.Encoded

/**
 * An in-line prefix to strip from kept text (a language-switch label, a source
 * dateline such as `(Baonghean.vn) - `). A named group `outlet` records the outlet,
 * a named group `label` the switch label's language.
 */
export const PrefixRule = Schema.Struct({
  id: RuleId,
  lang: Schema.NullOr(RuleLang),
  pattern: Pattern,
  note: Note
})
export type PrefixRule = typeof PrefixRule.Type

/** A weighted piece of text evidence that a segment was machine-translated. */
export const TranslationRule = Schema.Struct({
  id: RuleId,
  /** The language of the text the rule reads (the translation's language). */
  lang: RuleLang,
  /** The signal name written to `mt_signals`. */
  signal: Schema.String.pipe(Schema.pattern(/^[a-z][a-z-]*$/)),
  pattern: Pattern,
  caseInsensitive: Schema.optionalWith(Schema.Boolean, { default: () => false }),
  /** Log-odds added when the rule fires (once per segment, whatever the count). */
  weight: Schema.Number.pipe(Schema.between(0, 5)),
  note: Note
})
export type TranslationRule = typeof TranslationRule.Type
export type TranslationRuleInput = typeof TranslationRule.Encoded

/**
 * Where an outlet's `frenchEdition` is known from: the gold pages that show it (`gold <set>`,
 * a set of `tests/gold/`, or the dev set `dev`) or a page that does (an `https://` URL), then
 * what those pages show. A row's edition without its evidence cannot be checked.
 */
export const FrenchEditionSource = Schema.String.pipe(
  Schema.pattern(/(?:\bgold (?:dev|(?:fr|vi)-[a-z-]+)\b|https:\/\/[a-z0-9.-]+\.[a-z]{2,})/)
)

/** An outlet: how to recognise it and which language editions it publishes. */
export const Outlet = Schema.Struct({
  name: Schema.String.pipe(Schema.minLength(1)),
  domains: Schema.Array(Schema.String.pipe(Schema.pattern(/^[a-z0-9.-]+\.[a-z]{2,}$/))),
  aliases: Schema.Array(Schema.String),
  editions: Schema.NonEmptyArray(RuleLang),
  /**
   * How its French is made, when it publishes French: `automatic` machine
   * translation of its Vietnamese site (no French newsroom), or a `desk` that
   * writes French. One piece of evidence for the translation flag, never the only one.
   */
  frenchEdition: Schema.optional(Schema.Literal("automatic", "desk")),
  /** Where `frenchEdition` is known from; set exactly when `frenchEdition` is. */
  frenchEditionSource: Schema.optional(FrenchEditionSource),
  /**
   * The outlet it belongs to (a wire agency's papers, a broadcaster's channels): on its own
   * site, a dateline or a source line naming the parent (`Hanoï (VNA) -` on Vietnam+) is
   * the house style of the child, and the page is the child's.
   */
  parent: Schema.optional(Schema.String),
  note: Note
}).pipe(
  Schema.filter((outlet) =>
    (outlet.frenchEdition === undefined) === (outlet.frenchEditionSource === undefined)
      ? undefined
      : `outlet ${outlet.name}: frenchEdition and frenchEditionSource go together (where the edition is known from)`
  )
)
export type Outlet = typeof Outlet.Type
export type OutletInput = typeof Outlet.Encoded
