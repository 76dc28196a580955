/**
 * A run takes its `rules_version` (the cache's check, the manifest) from the rule tables alone,
 * before it builds the rule book (`ruleTablesVersion`): it must be the built book's version.
 */
import { describe, expect, it } from "@effect/vitest"
import { Either } from "effect"
import { loadRules, ruleTablesVersion } from "../pipeline/Process.ts"

describe("ruleTablesVersion", () => {
  it("is the version of the rule book loadRules builds", () => {
    expect(ruleTablesVersion()).toBe(Either.getOrThrow(loadRules()).version)
    expect(ruleTablesVersion()).toMatch(/^[0-9a-f]{16}$/u)
  })
})
