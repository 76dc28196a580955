import * as fs from "node:fs"
import { Either } from "effect"
import { loadRules, processDocument } from "./pipeline/Process.ts"
import { makeEldDetector } from "./pipeline/services/Eld.ts"
import { decode } from "./pipeline/stages/Decode.ts"
import { readInput } from "./pipeline/stages/ReadInput.ts"
import { unpack } from "./pipeline/stages/Unpack.ts"

const context = { rules: Either.getOrThrow(loadRules()), detect: makeEldDetector(["vi", "fr", "en"]) }
const pp = JSON.parse(fs.readFileSync(process.argv[2]!, "utf8")).per_page as Array<{
  file: string
  missed_with: string[]
  found_without: string[]
}>
const norm = (t: string) => t.replace(/\s+/gu, " ").trim()
const counts = new Map<string, number>()
const which = process.argv[3] ?? "missed_with"
for (const page of pp) {
  const snippets = (page as any)[which] as string[]
  if (snippets.length === 0) continue
  const r = readInput(
    { sourcePath: "x.html", absolutePath: `/work/shared/html-eval/pages/${page.file}`, format: "html" },
    1e9
  )
  if (r._tag !== "Loaded") continue
  const d = decode(r.input)
  if (d._tag !== "Decoded") continue
  const doc = processDocument(unpack(d.input).records[0]!, context)
  for (const sn of snippets) {
    const seg = doc.segments.find((s) => norm(s.text).includes(norm(sn)))
    const key =
      seg === undefined
        ? "notfound"
        : `${seg.kind} ${seg.kindEvidence.filter((e) => e.startsWith("html") || e.startsWith("markup")).join(",") || seg.kindEvidence.slice(0, 2).join(",")}`
    const k2 = key.replace(/:[^,]*$/u, "").slice(0, 50)
    counts.set(k2, (counts.get(k2) ?? 0) + 1)
    console.log(page.file.slice(0, 40), "|", key.slice(0, 80), "|", sn.slice(0, 50))
  }
}
console.error([...counts].sort((a, b) => b[1] - a[1]))
