/**
 * Gives every segment a `kind`.
 *
 * 1. What the markup says (an HTML `<figcaption>`, `<nav>`, a related list),
 *    then text rules (`pipeline/rules/noise.*.ts`): the first whole-line
 *    pattern that matches decides; patterns see the text without a trailing
 *    table pipe.
 * 2. Layout, where text alone cannot tell:
 *    - a company name before a title-like line is an `ad` header (rules of scope `head`);
 *    - the first remaining line, if short and unfinished, is the `title`;
 *    - a short line right after an image is its `caption`;
 *    - headline-like lines right after a related-news header belong to the block;
 *    - a rule row with `joins` takes its neighbour's kind (table residue under a
 *      related header, a close button beside player widgets).
 * 3. Everything else is `body`.
 */

import type { NoiseRule } from "../../schemas/Rules.ts"
import type { Kind } from "../../schemas/Vocabulary.ts"
import { Config } from "../Config.ts"
import type { ClassifiedSegment, LineSegment, Segmented } from "../Document.ts"
import type { Compiled, RuleBook } from "../rules/RuleBook.ts"
import { endsWithPipe, withoutTrailingPipes } from "../TextNormalization.ts"

const sentenceEnd = /[.;:,!?…]["»”’)]*$/u

/** The text rules match: without the trailing table pipe a flattened table leaves. */
export const probeOf = (text: string): string => {
  const probe = withoutTrailingPipes(text)
  return probe.length > 0 ? probe : text
}

/** No longer than a headline can be. */
const headlineSized = (text: string, maxChars: number = Config.layout.titleMaxChars): boolean =>
  text.length <= maxChars && text.split(" ").length <= Config.layout.titleMaxWords

/** A short, unfinished line: what a headline looks like. */
export const isHeadlineLike = (text: string, maxChars: number = Config.layout.titleMaxChars): boolean =>
  text.length > 0 && headlineSized(text, maxChars) && !sentenceEnd.test(probeOf(text))

interface Match {
  readonly rule: NoiseRule
  readonly captures: Readonly<Record<string, string>>
}

const matchRule = (compiled: Compiled<NoiseRule>, probe: string): Match | undefined => {
  if (probe.length > compiled.rule.maxChars) return undefined
  const found = compiled.regex.exec(probe)
  if (found === null) return undefined
  const captures: Record<string, string> = {}
  for (const [name, value] of Object.entries(found.groups ?? {})) {
    if (value !== undefined && value.trim().length > 0) captures[name] = value.trim()
  }
  return { rule: compiled.rule, captures }
}

export const firstMatch = (
  rules: ReadonlyArray<Compiled<NoiseRule>>,
  text: string,
  scope: NoiseRule["scope"]
): Match | undefined => {
  const probe = probeOf(text)
  for (const compiled of rules) {
    if (compiled.rule.scope !== scope) continue
    const match = matchRule(compiled, probe)
    if (match !== undefined) return match
  }
  return undefined
}

interface Draft {
  kind: Kind | null
  match: Match | undefined
}

/**
 * The title is the first content line, unless the markup named one; a stray
 * header (a company name) right above it is not the title.
 */
const labelHeaderAndTitle = (segments: ReadonlyArray<LineSegment>, drafts: Array<Draft>, rules: RuleBook): void => {
  const marked = drafts.findIndex((draft) => draft.kind === "title")
  if (marked >= 0) {
    for (let index = 0; index < marked; index++) {
      if (drafts[index]!.kind !== null) continue
      const header = firstMatch(rules.noise, segments[index]!.text, "head")
      if (header !== undefined) drafts[index] = { kind: header.rule.kind, match: header }
    }
    return
  }
  const unlabelled = drafts.flatMap((draft, index) => (draft.kind === null ? [index] : []))
  let first = unlabelled[0]
  if (first === undefined) return
  const next = unlabelled[1]
  const header = firstMatch(rules.noise, segments[first]!.text, "head")
  if (header !== undefined && next !== undefined && isHeadlineLike(segments[next]!.text)) {
    drafts[first] = { kind: header.rule.kind, match: header }
    first = next
  }
  if (isHeadlineLike(segments[first]!.text)) drafts[first] = { kind: "title", match: undefined }
}

const labelCaptions = (segments: ReadonlyArray<LineSegment>, drafts: Array<Draft>): void => {
  for (let index = 1; index < drafts.length; index++) {
    const draft = drafts[index]!
    if (draft.kind !== null || drafts[index - 1]!.kind !== "image") continue
    const text = segments[index]!.text
    const closedByPipe = endsWithPipe(text)
    if (text.length <= Config.layout.captionMaxChars && (closedByPipe || isHeadlineLike(text))) {
      drafts[index] = { kind: "caption", match: undefined }
    }
  }
}

const labelRelatedItems = (segments: ReadonlyArray<LineSegment>, drafts: Array<Draft>): void => {
  for (let index = 1; index < drafts.length; index++) {
    if (drafts[index]!.kind !== null || drafts[index - 1]!.kind !== "related") continue
    if (isHeadlineLike(segments[index]!.text, Config.layout.relatedItemMaxChars)) {
      drafts[index] = { kind: "related", match: undefined }
    }
  }
}

const joinNeighbours = (drafts: Array<Draft>): void => {
  // Two passes so that a run of joining rows (several residue lines) all join.
  for (let pass = 0; pass < 2; pass++) {
    drafts.forEach((draft, index) => {
      const joins = draft.match?.rule.joins
      if (joins === undefined || draft.kind === joins) return
      if (drafts[index - 1]?.kind === joins || drafts[index + 1]?.kind === joins) draft.kind = joins
    })
  }
}

/**
 * What the markup says of a segment, unless it cannot be so: a heading the
 * length of a paragraph is a paragraph a CMS wrapped in `<h1>`.
 */
const trustedHint = (segment: LineSegment): LineSegment["hint"] =>
  segment.hint === "title" && !headlineSized(segment.text) ? null : segment.hint

export const classifyNoise = (doc: Segmented<LineSegment>, rules: RuleBook): Segmented<ClassifiedSegment> => {
  const drafts: Array<Draft> = doc.segments.map((segment) => {
    const match = firstMatch(rules.noise, segment.text, "any")
    return { kind: trustedHint(segment) ?? match?.rule.kind ?? null, match }
  })
  labelHeaderAndTitle(doc.segments, drafts, rules)
  labelCaptions(doc.segments, drafts)
  labelRelatedItems(doc.segments, drafts)
  joinNeighbours(drafts)
  const segments = doc.segments.map((segment, index): ClassifiedSegment => {
    const draft = drafts[index]!
    return {
      ...segment,
      kind: draft.kind ?? (segment.text.length === 0 ? "other_noise" : "body"),
      ruleId: draft.match?.rule.id ?? null,
      ruleLang: draft.match?.rule.lang ?? null,
      captures: draft.match?.captures ?? {}
    }
  })
  return { ...doc, segments }
}
