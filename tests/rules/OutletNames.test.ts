/**
 * The outlet table's rows for the small sites of the gold sets `vi-more*` (provincial and
 * district portals, departments, councils, schools, trade magazines: the rows whose note cites
 * such a page) name an outlet, never a phrase of ordinary text: none of their names or aliases
 * is found in the body, title or caption lines of a gold page of another outlet. A name such as
 * `Đảng bộ tỉnh Bắc Ninh` or `Hiệp hội Doanh nghiệp tỉnh` is how running text names the body
 * itself, and would make the site's chrome or a source line of any page about it name the site.
 */
import * as path from "node:path"
import { describe, expect, it } from "@effect/vitest"
import { lookupOutlet, outletsMentioned } from "../../pipeline/rules/RuleBook.ts"
import { loadGoldPages } from "../../pipeline/train/GoldPages.ts"
import { projectRoot, rules } from "../support/pipeline.ts"

/** A row added for a page of the `vi-more*` gold sets cites it in its note: `(gold vi-more3 05)`. */
const fromViMore = /\(gold vi-more\d? \d+\)/u
/** Rows whose own name is printed in running text as a body, known and kept: the central commission a person once headed. */
const knownInText = new Set(["Ban Dân vận Trung ương"])

describe("the table's rows for the small sites of the vi-more sets", () => {
  it("name no phrase of another outlet's body, title or caption lines", () => {
    const pages = loadGoldPages(rules.outlets, path.join(projectRoot, "tests/gold"))
    const found: Array<string> = []
    for (const page of pages) {
      const own = new Set(
        (page.document?.outlet ?? "").split("|").map((name) => lookupOutlet(rules.outlets, name.trim()))
      )
      const textLines = new Set(
        page.lines.filter((line) => ["body", "title", "caption"].includes(line.kind)).map((line) => line.line)
      )
      for (const segment of page.segments) {
        if (!textLines.has(segment.lineStart)) continue
        for (const outlet of outletsMentioned(rules.outlets, segment.text)) {
          if (own.has(outlet) || knownInText.has(outlet.name) || !fromViMore.test(outlet.note ?? "")) continue
          found.push(`${outlet.name}: ${page.set}/${page.file}:${segment.lineStart}`)
        }
      }
    }
    expect(found).toEqual([])
  })
})
