/**
 * eld's tables (about 150 MB) load when a text first reaches the detector, not
 * when a detector is made: a worker whose lines the character rules settle
 * never holds them.
 */
import { describe, expect, it } from "@effect/vitest"
import { eldLoaded, makeEldDetector } from "../../pipeline/services/Eld.ts"

describe("makeEldDetector", () => {
  it("loads eld's tables on the first detection only", () => {
    const detect = makeEldDetector(["vi", "fr", "en"])
    expect(eldLoaded()).toBe(false)
    const guess = detect("Le gouvernement a annoncé mardi de nouvelles mesures pour les transports publics.")
    expect(eldLoaded()).toBe(true)
    expect(guess.lang).toBe("fr")
  })
})
