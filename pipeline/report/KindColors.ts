/**
 * One colour per kind, shared by the charts and the document views, so that a
 * kind reads the same everywhere (Tableau 10 and 20's light tones, content in
 * greys).
 */
import type { Kind } from "../../schemas/Vocabulary.ts"

export const kindColors: Readonly<Record<Kind, string>> = {
  title: "#555555",
  body: "#9e9e9e",
  caption: "#4e79a7",
  image: "#a0cbe8",
  related: "#f28e2b",
  ticker: "#ffbe7d",
  ad: "#e15759",
  byline: "#59a14f",
  dateline: "#8cd17d",
  source: "#b6992d",
  comment: "#b07aa1",
  ui: "#76b7b2",
  other_noise: "#ff9d9a"
}

export const noiseKinds = (Object.keys(kindColors) as ReadonlyArray<Kind>).filter(
  (kind) => kind !== "title" && kind !== "body"
)
