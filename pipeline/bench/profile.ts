/**
 * `pnpm bench:profile`: a CPU profile of every stage. Cleans a sample of the
 * bench corpus (the same generator as `pnpm bench`, a smaller size) in this
 * one thread (as `--workers 0`, no output written) under V8's sampling
 * profiler (the inspector module, what `node --cpu-prof` uses), then prints,
 * per stage, its share of the samples and the functions with most self time
 * (`file:function`) under it. The `.cpuprofile` is kept for Chrome DevTools.
 *
 * With `--html`, the HTML path instead: the pages `pnpm bench:html` cleans (`HtmlCorpus.ts`: the
 * pages of `../shared/html-eval/pages`, or of `--corpus DIR`, up to `--size` MB, 20 by default),
 * and `segment` split into the parts of `segmentHtml`: the parser and its tree (`segment/parse`),
 * the article's container (`segment/main_content`), the blocks' hints (`segment/block_hints`).
 *
 *   pnpm bench:profile [--size MB] [--file-kb KB] [--seed N] [--top N] [--out FILE]
 *   pnpm bench:profile --html [--corpus DIR] [--size MB] [--top N] [--out FILE]
 */
import * as fs from "node:fs"
import * as inspector from "node:inspector"
import { findSourceMap } from "node:module"
import * as os from "node:os"
import * as path from "node:path"
import { parseArgs } from "node:util"
import { Either } from "effect"
import { Config } from "../Config.ts"
import { loadRules, processFile, StageTimer } from "../Process.ts"
import { makeEldDetector } from "../services/Eld.ts"
import { listInputs } from "../stages/ReadInput.ts"
import { ensureCorpus } from "./Corpus.ts"
import { makeHtmlCorpus } from "./HtmlCorpus.ts"

const root = path.resolve(import.meta.dirname, "../..")
const { values } = parseArgs({
  options: {
    size: { type: "string" },
    html: { type: "boolean", default: false },
    corpus: { type: "string" },
    "file-kb": { type: "string", default: "2" },
    seed: { type: "string", default: "1" },
    top: { type: "string", default: "8" },
    out: { type: "string" }
  }
})
const html = values.html || values.corpus !== undefined
const sizeMb = Number(values.size ?? (html ? "20" : "5"))
const fileKb = Number(values["file-kb"])
const seed = Number(values.seed)
const top = Number(values.top)
const out =
  values.out ??
  path.join(os.tmpdir(), html ? `tinsach-html-${sizeMb}mb.cpuprofile` : `tinsach-${sizeMb}mb-${fileKb}kb.cpuprofile`)
const say = (line: string) => process.stdout.write(`${line}\n`)

/** Each stage by the function that runs it and its file: a sample belongs to its nearest such caller. */
const stageFunctions: ReadonlyArray<readonly [stage: string, fn: string, file: string]> = [
  ["read", "readInput", "stages/ReadInput.ts"],
  ["decode", "decode", "stages/Decode.ts"],
  ["unpack", "unpack", "stages/Unpack.ts"],
  ["segment", "segment", "stages/Segment.ts"],
  ["segment/parse", "parseHtml", "stages/html/Tree.ts"],
  ["segment/main_content", "findMainContent", "stages/html/MainContent.ts"],
  ["segment/block_hints", "blockHints", "stages/html/BlockHints.ts"],
  ["classify_noise", "classifyNoise", "stages/ClassifyNoise.ts"],
  ["detect_language", "detectLanguage", "stages/DetectLanguage.ts"],
  ["clean_inline", "cleanInline", "stages/CleanInline.ts"],
  ["extract_metadata", "extractMetadata", "stages/ExtractMetadata.ts"],
  ["flag_translation", "flagTranslation", "stages/FlagTranslation.ts"],
  ["build_rows", "buildRows", "stages/BuildRows.ts"]
]

interface ProfileNode {
  readonly id: number
  readonly callFrame: {
    readonly functionName: string
    readonly url: string
    readonly lineNumber: number
    readonly columnNumber: number
  }
  readonly children?: ReadonlyArray<number>
}
interface Profile {
  readonly nodes: ReadonlyArray<ProfileNode>
  readonly samples: ReadonlyArray<number>
}

const post = <A>(session: inspector.Session, method: string, params: object = {}): Promise<A> =>
  new Promise((resolve, reject) =>
    session.post(method, params, (error, result) => (error === null ? resolve(result as A) : reject(error)))
  )

/** The text sample (made once, kept), or a copy of the HTML pages (removed at the end). */
const source = (): {
  readonly corpus: string
  readonly files: number
  readonly bytes: number
  readonly remove: boolean
} => {
  if (html) {
    const pages = makeHtmlCorpus(root, sizeMb, values.corpus)
    return { corpus: pages.dir, files: pages.files.length, bytes: pages.megabytes * 1e6, remove: true }
  }
  const corpus = path.join(os.tmpdir(), `tinsach-bench-${sizeMb}mb-${fileKb}kb-seed${seed}`)
  const made = ensureCorpus(
    corpus,
    { totalBytes: sizeMb * 1e6, fileBytes: fileKb * 1000, seed },
    path.join(root, "seeds")
  )
  return { corpus, files: made.files, bytes: made.bytes, remove: false }
}
const { corpus, files, bytes, remove } = source()
const context = { rules: Either.getOrThrow(loadRules()), detect: makeEldDetector(Config.language.detectable) }
const inputs = listInputs(corpus).files
const timer = new StageTimer()
// A first file outside the profile, so that start-up (eld's tables, the first compilations) is not in it.
if (inputs[0] !== undefined) processFile(inputs[0], Number.MAX_SAFE_INTEGER, context, new StageTimer(), "profile")

const session = new inspector.Session()
session.connect()
await post(session, "Profiler.enable")
await post(session, "Profiler.setSamplingInterval", { interval: 250 })
await post(session, "Profiler.start")
const started = performance.now()
for (const file of inputs) processFile(file, Number.MAX_SAFE_INTEGER, context, timer, "profile")
const seconds = (performance.now() - started) / 1000
const { profile } = await post<{ profile: Profile }>(session, "Profiler.stop")
session.disconnect()
fs.writeFileSync(out, JSON.stringify(profile))
if (remove) fs.rmSync(corpus, { recursive: true, force: true })

const byId = new Map(profile.nodes.map((node) => [node.id, node]))
const parentOf = new Map<number, number>()
for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id)

const relative = (url: string): string => {
  const file = url.startsWith("file://") ? url.slice("file://".length) : url
  const inModules = file.lastIndexOf("node_modules/")
  if (inModules >= 0) return file.slice(inModules + "node_modules/".length)
  return file.startsWith(root) ? file.slice(root.length + 1).replace(/^pipeline\//u, "") : file || "(native)"
}

interface Frame {
  readonly file: string
  readonly name: string
  /** 1-based, in the TypeScript source where there is one. */
  readonly line: number
}

const sourceLines = new Map<string, ReadonlyArray<string>>()
const linesOf = (url: string): ReadonlyArray<string> => {
  let lines = sourceLines.get(url)
  if (lines === undefined) {
    lines = url.startsWith("file://") ? fs.readFileSync(new URL(url), "utf8").split("\n") : []
    sourceLines.set(url, lines)
  }
  return lines
}

const callbackOf = (method: string | undefined): string | undefined =>
  method === undefined ? undefined : `(callback of ${method})`

/**
 * The name of the function starting at a column of a TypeScript line: tsx
 * compiles with `keepNames`, which wraps every arrow in a call, so V8 calls
 * them all anonymous; the source map gives the place, the source the name.
 */
const nameAt = (line: string, column: number): string | undefined => {
  const before = line.slice(0, column)
  const after = line.slice(column)
  return (
    /(?:const|let|var)\s+(\w+)\s*(?::[^=]*)?=\s*(?:async\s*)?\(?$/u.exec(before)?.[1] ??
    /^(?:async\s+)?function\s*\*?\s*(\w+)/u.exec(after)?.[1] ??
    /^(?:readonly\s+|static\s+|async\s+)*(\w+)\s*[<(]/u.exec(after)?.[1] ??
    /(\w+)\s*[:=]\s*(?:async\s*)?\(?$/u.exec(before)?.[1] ??
    callbackOf(/\.(\w+)\(\s*\(?$/u.exec(before)?.[1])
  )
}

/** Where a generated position comes from (`SourceMap.findEntry`; `{}` when nothing maps there). */
interface Origin {
  readonly originalSource: string
  readonly originalLine: number
  readonly originalColumn: number
}

const frames = new Map<ProfileNode, Frame>()
const frameOf = (node: ProfileNode): Frame => {
  let frame = frames.get(node)
  if (frame !== undefined) return frame
  const { url, functionName, lineNumber, columnNumber } = node.callFrame
  const origin: Partial<Origin> | undefined =
    url.startsWith("file://") && lineNumber >= 0 ? findSourceMap(url)?.findEntry(lineNumber, columnNumber) : undefined
  if (
    origin?.originalSource !== undefined &&
    origin.originalLine !== undefined &&
    origin.originalColumn !== undefined
  ) {
    const source = linesOf(origin.originalSource)[origin.originalLine] ?? ""
    frame = {
      file: relative(origin.originalSource),
      name: functionName || nameAt(source, origin.originalColumn) || "(anonymous)",
      line: origin.originalLine + 1
    }
  } else {
    frame = { file: relative(url), name: functionName || "(anonymous)", line: lineNumber + 1 }
  }
  frames.set(node, frame)
  return frame
}

const stageOfFrame = (node: ProfileNode): string | undefined => {
  const frame = frameOf(node)
  return stageFunctions.find(([, fn, file]) => frame.name === fn && frame.file === file)?.[0]
}

/** The stage of each node: its own or its nearest caller's; memoised, the tree is walked once per node. */
const stageOfNode = new Map<number, string>()
const stageOf = (id: number): string => {
  const known = stageOfNode.get(id)
  if (known !== undefined) return known
  const node = byId.get(id)!
  const parent = parentOf.get(id)
  const stage = stageOfFrame(node) ?? (parent === undefined ? "(outside the stages)" : stageOf(parent))
  stageOfNode.set(id, stage)
  return stage
}

const samplesBy = new Map<string, Map<string, number>>()
for (const id of profile.samples) {
  const node = byId.get(id)!
  const stage = stageOf(id)
  const { file, name, line } = frameOf(node)
  // A regex's frame is named by its whole source: the first words say which.
  const frame = `${file}:${name.length > 90 ? `${name.slice(0, 90)}…` : name}:${line}`
  const functions = samplesBy.get(stage) ?? new Map<string, number>()
  functions.set(frame, (functions.get(frame) ?? 0) + 1)
  samplesBy.set(stage, functions)
}
const total = profile.samples.length
const sum = (counts: ReadonlyMap<string, number>) => [...counts.values()].reduce((a, b) => a + b, 0)

say(
  `corpus: ${files} files, ${(bytes / 1e6).toFixed(1)} MB in ${html ? (values.corpus ?? "html-eval's pages") : corpus}`
)
say(`cleaned in one thread in ${seconds.toFixed(1)} s (${(bytes / 1e6 / seconds).toFixed(2)} MB/s, profiler on)`)
say(`profile: ${out} (${total} samples; open in Chrome DevTools, Performance)`)
say("stage milliseconds (StageTimer, profiler on):")
for (const [stage, ms] of [...timer.totals].sort((a, b) => b[1] - a[1])) {
  say(`  ${stage.padEnd(17)} ${ms.toFixed(0).padStart(7)}`)
}
for (const [stage, functions] of [...samplesBy].sort((a, b) => sum(b[1]) - sum(a[1]))) {
  const stageSamples = sum(functions)
  say(`\n${stage}: ${((100 * stageSamples) / total).toFixed(1)} % of samples; self time by function:`)
  for (const [frame, count] of [...functions].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    say(`  ${((100 * count) / stageSamples).toFixed(1).padStart(5)} %  ${frame}`)
  }
}
