import * as fs from "node:fs"
import { Either } from "effect"
import { loadRules } from "/work/main/pipeline/Pipeline.ts"
const rules = Either.getOrThrow(loadRules())
const lines = fs.readdirSync("/work/main/seeds").flatMap((f) => fs.readFileSync(`/work/main/seeds/${f}`, "utf8").split("\n")).filter((l) => /\b(le|la|les|des)\b/.test(l))
const many = Array.from({ length: 3000 }, () => lines).flat()
console.log("lines", many.length, "chars", many.reduce((a, b) => a + b.length, 0))
let t = performance.now(); let c = 0
for (const l of many) for (const { regex } of rules.translation) if (regex.test(l)) c++
console.log("separate", (performance.now() - t).toFixed(0), c)
const gateCs = new RegExp(rules.translation.filter((r) => !r.rule.caseInsensitive).map((r) => `(?:${r.rule.pattern.replace(/\(\?<[a-z]+>/g, "(?:")})`).join("|"), "u")
const gateCi = new RegExp(rules.translation.filter((r) => r.rule.caseInsensitive).map((r) => `(?:${r.rule.pattern.replace(/\(\?<[a-z]+>/g, "(?:")})`).join("|"), "iu")
t = performance.now(); c = 0
for (const l of many) if (gateCs.test(l) || gateCi.test(l)) c++
console.log("gate", (performance.now() - t).toFixed(0), c)
for (const { regex, rule } of rules.translation) { t = performance.now(); for (const l of many) regex.test(l); console.log(rule.id, (performance.now() - t).toFixed(0)) }
