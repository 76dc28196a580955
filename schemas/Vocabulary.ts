/**
 * Closed vocabularies shared by rules, stages and output rows.
 */
import { Schema } from "effect"

export const Kind = Schema.Literal(
  "title",
  "body",
  "caption",
  "image",
  "related",
  "ticker",
  "ad",
  "byline",
  "dateline",
  "source",
  "comment",
  "ui",
  "other_noise"
)
export type Kind = typeof Kind.Type

/** Kinds that are content; every other kind is noise. */
export const isNoiseKind = (kind: Kind): boolean => kind !== "title" && kind !== "body"

/** Languages the detector may answer; `und` when it cannot be told. */
export const Lang = Schema.Literal("vi", "fr", "en", "und")
export type Lang = typeof Lang.Type

/** A language a rule table is written in (`und` is not one). */
export const RuleLang = Schema.Literal("vi", "fr", "en")
export type RuleLang = typeof RuleLang.Type

export const RejectReason = Schema.Literal(
  "unreadable",
  "empty",
  "binary",
  "undecodable",
  "too_large",
  "too_deep",
  "malformed"
)
export type RejectReason = typeof RejectReason.Type

export const InputFormat = Schema.Literal("txt", "html", "csv", "jsonl")
export type InputFormat = typeof InputFormat.Type

export const MtStatus = Schema.Literal("none", "partial", "full")
export type MtStatus = typeof MtStatus.Type
