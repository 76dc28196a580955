import * as fs from "node:fs"
import { Either } from "effect"
import { loadRules, processDocument } from "/work/wt-html/pipeline/Process.ts"
import { makeEldDetector } from "/work/wt-html/pipeline/services/Eld.ts"
import { decode } from "/work/wt-html/pipeline/stages/Decode.ts"
import { readInput } from "/work/wt-html/pipeline/stages/ReadInput.ts"
import { unpack } from "/work/wt-html/pipeline/stages/Unpack.ts"

const context = { rules: Either.getOrThrow(loadRules()), detect: makeEldDetector(["vi", "fr", "en"]) }
const f = process.argv[2]!
const p = f.includes("/") ? f : `/work/shared/html-eval/pages/${f}`
const r = readInput({ sourcePath: "x.html", absolutePath: p, format: "html" }, 1e9)
if (r._tag !== "Loaded") throw 1
const d = decode(r.input)
if (d._tag !== "Decoded") throw 2
const rec = unpack(d.input).records[0]!
const doc = processDocument(rec, context)
const filter = process.argv[3]
for (const s of doc.segments) {
  if (filter && !s.kind.match(filter)) continue
  console.log(`${s.lineStart}\t${s.kind}\t${s.kindEvidence.join(",").slice(0, 60)}\t${s.text.slice(0, 100)}`)
}
