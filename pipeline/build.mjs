/**
 * The build: bundles the command line (`pipeline/main.ts`) and the worker
 * thread (`pipeline/worker.ts`) into `dist/main.cjs` and `dist/worker.cjs` with
 * esbuild, so that a run starts plain JavaScript instead of compiling
 * TypeScript in every thread. A process starts `dist/main.js` and a worker
 * thread `dist/worker.js`, each a few lines that run its bundle through
 * `bundle-loader.mjs` with V8's code cache (`dist/<name>-<key>.v8cache`).
 * The packages are bundled too, but for eld and DuckDB's native binding (see
 * `trimmedPackages`); the models and
 * `package.json` are still read at run time, from their place in the tree.
 * eld's `small` tables are written beside the bundles as `dist/eld-small.bin`.
 *
 * A bundle is never run stale: `dist/build.json` lists the source files the
 * bundles were made from, and the first line of each bundle holds a digest of
 * their contents (with this file and the lockfile). `pnpm pipeline` starts
 * `run.mjs`, which rebuilds when the digest of the files on disk differs; the
 * command line's bundle checks it again when started some other way, and
 * refuses to run stale.
 *
 *   node pipeline/build.mjs          # build now (`pnpm build`; `pnpm install` runs it)
 */
import { createHash } from "node:crypto"
import * as fs from "node:fs"
import { createRequire } from "node:module"
import { hostname } from "node:os"
import * as path from "node:path"
import { fileURLToPath, pathToFileURL } from "node:url"

const projectRoot = path.resolve(fileURLToPath(import.meta.url), "../..")
const entries = { main: "pipeline/main.ts", worker: "pipeline/worker.ts" }
/** Files the digest covers besides the bundled sources. */
const buildFiles = ["pipeline/build.mjs", "pipeline/bundle-loader.mjs", "pnpm-lock.yaml"]
const digestLine = /^\/\/ tinsach build ([0-9a-f]{64})\n/

/**
 * `dist/<name>.js`, what a process or a worker thread starts: it runs the
 * bundle `dist/<name>.cjs` through `pipeline/bundle-loader.mjs`, with V8's code
 * cache; the command line's checks first that the sources did not change.
 */
const entryModule = (name, digest) =>
  [
    `// tinsach build ${digest}`,
    ...(name === "main"
      ? [
          'import { assertFresh } from "../pipeline/build.mjs"',
          'import { runBundle } from "../pipeline/bundle-loader.mjs"',
          `assertFresh("${digest}", new URL("..", import.meta.url))`
        ]
      : ['import { runBundle } from "../pipeline/bundle-loader.mjs"']),
    `runBundle(new URL("./${name}.cjs", import.meta.url), "${digest}")`,
    ""
  ].join("\n")

const sha256 = (data) => createHash("sha256").update(data).digest("hex")

/**
 * The digest of `files` with the build's own files, each hashed from `known`
 * (the contents bundled) or else as it is on disk now; null when one is missing.
 */
const digestOf = (root, files, known = new Map()) => {
  const hash = createHash("sha256")
  for (const file of [...buildFiles, ...files].sort()) {
    const absolute = path.join(root, file)
    if (!known.has(file) && !fs.existsSync(absolute)) return null
    hash.update(`${file}\0${known.get(file) ?? sha256(fs.readFileSync(absolute))}\n`)
  }
  return hash.digest("hex")
}

const bundleDigest = (file) => {
  if (!fs.existsSync(file)) return null
  const descriptor = fs.openSync(file, "r")
  try {
    const head = Buffer.alloc(100)
    const read = fs.readSync(descriptor, head, 0, head.length, 0)
    return digestLine.exec(head.subarray(0, read).toString("utf8"))?.[1] ?? null
  } finally {
    fs.closeSync(descriptor)
  }
}

/** The source files `dist/build.json` says the bundles hold, or null when it cannot be read. */
const bundledSources = (root) => {
  try {
    const { inputs } = JSON.parse(fs.readFileSync(path.join(root, "dist", "build.json"), "utf8"))
    return Array.isArray(inputs) ? inputs : null
  } catch {
    return null
  }
}

/** Why `root`'s bundles cannot be run as they are, or null when they are up to date. */
export const staleReason = (root = projectRoot) => {
  root = path.resolve(root)
  const record = path.join(root, "dist", "build.json")
  if (!fs.existsSync(record)) return "no build yet"
  const inputs = bundledSources(root)
  if (inputs === null) return "dist/build.json is unreadable"
  const digest = digestOf(root, inputs)
  if (digest === null) return "a source file was removed"
  for (const name of Object.keys(entries)) {
    for (const file of [`${name}.js`, `${name}.cjs`]) {
      const built = bundleDigest(path.join(root, "dist", file))
      if (built !== digest) return built === null ? `dist/${file} is missing` : "sources changed since the build"
    }
  }
  checked = `${root}\0${digest}`
  return null
}

/**
 * The bundled files keep locating their neighbours (`new URL("../model/x.json",
 * import.meta.url)`) as in the tree: their `import.meta.url` becomes the URL of
 * the source file, computed from the bundle's own place. Each source's sha256
 * goes into `hashes` as read, so that the digest is of what was bundled even
 * when a file is saved during the build.
 */
const sourcePlaces = (root, outdir, hashes) => ({
  name: "tinsach-source-places",
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, (args) => {
      const relative = path.relative(root, args.path).split(path.sep).join("/")
      const source = fs.readFileSync(args.path, "utf8")
      hashes.set(relative, sha256(source))
      if (relative === "pipeline/services/WorkerEntry.ts") {
        return { contents: 'export const workerEntry = new URL("./worker.js", import.meta.url)', loader: "ts" }
      }
      if (/import\.meta\.(dirname|filename|resolve)/.test(source)) {
        return { errors: [{ text: `${relative}: use new URL(..., import.meta.url), which the build maps` }] }
      }
      const fromBundle = path.relative(outdir, args.path).split(path.sep).join("/")
      const url = `new URL(${JSON.stringify(fromBundle)}, import.meta.url).href`
      return { contents: source.replaceAll("import.meta.url", url), loader: "ts" }
    })
  }
})

/**
 * Two packages are not bundled as they are. DuckDB's native binding is
 * required at run time from where pnpm put it (not hoisted, so by path), while
 * its JavaScript API is bundled: imported as a CommonJS package, it cost
 * 0.3 s of CPU per process in Node's export scanner. undici, which cheerio
 * imports only to fetch a URL (`fromURL`) and @effect/platform-node only for
 * its HTTP client, neither used here, is replaced by a stub that refuses:
 * evaluating it cost 0.2 s of CPU per thread.
 */
const trimmedPackages = (outdir) => ({
  name: "tinsach-trimmed-packages",
  setup(build) {
    build.onResolve({ filter: /^@duckdb\/node-bindings$/ }, (args) => {
      const binding = createRequire(args.importer).resolve(args.path)
      return { path: `./${path.relative(outdir, binding).split(path.sep).join("/")}`, external: true }
    })
    build.onResolve({ filter: /^undici$/ }, () => ({ path: "undici", namespace: "tinsach-stub" }))
    build.onLoad({ filter: /.*/, namespace: "tinsach-stub" }, () => ({
      contents: [
        'const refuse = () => { throw new Error("tinsach fetches no URL: undici is not bundled") }',
        "export class Client { constructor() { refuse() } }",
        "export const interceptors = { redirect: refuse }",
        "export const errors = { ResponseError: Error }",
        "export default { Client, interceptors, errors }"
      ].join("\n"),
      loader: "js"
    }))
  }
})

/** Builds `root`'s bundles into `root/dist`, each file written whole then renamed into place. */
export const build = async (root = projectRoot) => {
  const esbuild = await import("esbuild").catch(() => {
    throw new Error("esbuild is missing: install the dev dependencies too (pnpm install, not --prod)")
  })
  const outdir = path.join(root, "dist")
  // The digest covers the inputs, known only once bundled: the banners hold a placeholder until then.
  const placeholder = "0".repeat(64)
  const hashes = new Map()
  const results = await Promise.all(
    Object.entries(entries).map(([name, entry]) =>
      esbuild.build({
        entryPoints: { [name]: path.join(root, entry) },
        absWorkingDir: root,
        bundle: true,
        platform: "node",
        // CommonJS, which bundle-loader.mjs compiles with V8's code cache (Node 20 has none for ES modules);
        // `import.meta.url` is the bundle's URL, which the loader passes
        format: "cjs",
        define: { "import.meta.url": "__tinsachUrl" },
        outExtension: { ".js": ".cjs" },
        target: "node20",
        // esbuild rewrites a regex literal holding `\p{…}` as `new RegExp("…")` for Node (its Unicode data may
        // differ between engines, which cannot matter here: the bundle runs where it was built, and the
        // sources under tsx read the same literals); inside a function that made a pattern object per call
        // (`inCapitals`, `stripMarks`, `wordsOf`, …: 20 such places in the worker), and one a collection can
        // leave to be compiled again
        supported: { "regexp-unicode-property-escapes": true },
        // Packages are bundled too (Effect's hundreds of modules took 1.4 s of CPU to import),
        // but for eld, whose tables load only when needed, iconv-lite, required only when a page is in a
        // legacy encoding (pipeline/stages/Decode.ts), and DuckDB's native binding.
        external: ["eld", "esbuild", "iconv-lite"],
        outdir,
        write: false,
        metafile: true,
        logLevel: "warning",
        banner: { js: `// tinsach build ${placeholder}` },
        plugins: [sourcePlaces(root, outdir, hashes), trimmedPackages(outdir)]
      })
    )
  )
  const inputs = [...new Set(results.flatMap((result) => Object.keys(result.metafile.inputs)))]
    // packages are covered by the lockfile; a stub (`namespace:path`) is not a file
    .filter((file) => !file.includes("node_modules") && !file.includes(":"))
    .sort()
  const digest = digestOf(root, inputs, hashes)
  if (digest === null) throw new Error("build: a source file went missing while bundling")
  fs.mkdirSync(outdir, { recursive: true })
  // shards on several machines may rebuild one shared checkout at once: each writes its own temporary files
  const writeWhole = (file, text) => {
    const temporary = `${file}.tmp-${hostname()}-${process.pid}`
    fs.writeFileSync(temporary, text)
    fs.renameSync(temporary, file)
  }
  for (const file of results.flatMap((result) => result.outputFiles)) {
    writeWhole(file.path, file.text.replaceAll(placeholder, digest))
  }
  // V8's code caches of the previous build (see bundle-loader.mjs)
  for (const file of fs.readdirSync(outdir))
    if (file.endsWith(".v8cache")) fs.rmSync(path.join(outdir, file), { force: true })
  for (const name of Object.keys(entries)) {
    writeWhole(path.join(outdir, `${name}.js`), entryModule(name, digest))
  }
  await writeEldTables(root, writeWhole)
  writeWhole(path.join(outdir, "build.json"), `${JSON.stringify({ digest, inputs }, null, 2)}\n`)
  checked = `${root}\0${digest}`
}

/**
 * eld's `small` tables as `pipeline/services/Eld.ts` reads them (`dist/eld-small.bin`, with eld's
 * version; `eldPacked`), read when a line first needs eld: the file's arrays are used as they lie, with
 * no parse (reading it and indexing its n-grams about 5 ms of CPU, against 35–45 ms for the JSON of
 * format `weights-2`, and 0.8–1.0 s and 150 MB for evaluating the package's 1.6 MB object literal).
 * Without the file (or for another eld version) it loads the module.
 */
const writeEldTables = async (root, writeWhole) => {
  const require = createRequire(path.join(root, "package.json"))
  for (const folder of require.resolve.paths("eld") ?? []) {
    const manifest = path.join(folder, "eld", "package.json")
    if (!fs.existsSync(manifest)) continue
    const { version } = JSON.parse(fs.readFileSync(manifest, "utf8"))
    const source = (file) => import(pathToFileURL(path.join(folder, "eld", "src", file)).href)
    const { ngramsData } = await source("ngrams/small.js")
    const { separators } = await source("regexPatterns.js")
    const { dictionary } = await source("dictionary.js")
    const { avgScore } = await source("avgScore.js")
    writeWhole(
      path.join(root, "dist", "eld-small.bin"),
      eldPacked(ngramsData, version, { separators, dictionary, avgScore })
    )
    // the JSON tables of earlier builds (format `weights-2`), which no code reads now
    fs.rmSync(path.join(root, "dist", "eld-small.json"), { force: true })
    return
  }
}

/**
 * An n-gram of eld's packed as `Eld.ts`'s `makeFastEld` packs them: up to six UTF-16 units, each unit's code
 * plus one in 9 bits, the first three in `hi` and the last three in `lo`, right-aligned; null for an n-gram
 * that cannot be (longer, or a unit above U+01FE: none of eld's).
 */
const packNgram = (ngram) => {
  if (ngram.length > 6) return null
  let hi = 0
  let lo = 0
  for (let i = 0; i < ngram.length; i++) {
    const code = ngram.charCodeAt(i) + 1
    if (code >= 511) return null
    hi = ((hi << 9) | (lo >>> 18)) & 0x7ffffff
    lo = ((lo << 9) | code) & 0x7ffffff
  }
  return [hi, lo]
}

/**
 * eld's tables as `pipeline/services/Eld.ts` reads them (format `packed-1`, `readPackedTables`): a 32-bit
 * little-endian length, then a JSON header of that many UTF-8 bytes (eld's version, the format, its
 * languages, the number of n-grams and of values, the index's size in bits, the n-grams `packNgram`
 * cannot pack with their rows, and what eld reads a text with: its separators' pattern, its byte
 * dictionary and its average scores, so that a worker loads none of eld's modules), then, from the next multiple of four, five arrays of 32-bit little-endian
 * integers: each n-gram's packed `hi` and `lo` (-1 and -1 for one that cannot be packed), its row's values
 * one row after the other, each as `[language index, weight + 53, …]` in `for … in` order (what
 * `weightsOf` once made of eld's row, `{ "12": 40, … }`), where each row ends in them, and the index of
 * the packed n-grams: `2^bits` places, each an n-gram's row or -1, as `makeFastEld` probes them.
 */
/** `Eld.ts`'s `packedHash`: the place of a packed n-gram in an index of `mask + 1` places. */
const packedHash = (hi, lo, mask) => {
  let h = (Math.imul(hi, 0x9e3779b1) + lo) | 0
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b)
  return (h ^ (h >>> 13)) & mask
}

export const eldPacked = (ngramsData, version, { separators, dictionary, avgScore }) => {
  const entries = Object.entries(ngramsData.ngrams)
  const keysHi = new Int32Array(entries.length)
  const keysLo = new Int32Array(entries.length)
  const ends = new Int32Array(entries.length)
  const values = []
  const long = []
  entries.forEach(([ngram, row], index) => {
    const packed = packNgram(ngram)
    if (packed === null) {
      keysHi[index] = -1
      keysLo[index] = -1
      long.push([ngram, index])
    } else {
      keysHi[index] = packed[0]
      keysLo[index] = packed[1]
    }
    for (const lang in row) values.push(Number(lang), row[lang] + 53)
    ends[index] = values.length
  })
  // The index `makeFastEld` reads: open addressing, linear probing, the n-grams inserted in the tables' order.
  let bits = 10
  while (1 << bits < 3 * entries.length) bits++
  const mask = (1 << bits) - 1
  const places = new Int32Array(1 << bits).fill(-1)
  for (let row = 0; row < entries.length; row++) {
    if (keysHi[row] < 0) continue
    let place = packedHash(keysHi[row], keysLo[row], mask)
    while (places[place] >= 0) place = (place + 1) & mask
    places[place] = row
  }
  const header = Buffer.from(
    JSON.stringify({
      eld: version,
      format: "packed-1",
      languages: ngramsData.languages,
      ngrams: entries.length,
      values: values.length,
      bits,
      long,
      separators: { source: separators.source, flags: separators.flags },
      dictionary,
      avgScore
    }),
    "utf8"
  )
  const start = (4 + header.length + 3) & ~3
  const file = Buffer.alloc(start + 4 * (3 * entries.length + values.length + places.length))
  file.writeUInt32LE(header.length, 0)
  header.copy(file, 4)
  let at = start
  for (const array of [keysHi, keysLo, Int32Array.from(values), ends, places]) {
    for (const value of array) {
      file.writeInt32LE(value, at)
      at += 4
    }
  }
  return file
}

/** Builds when stale; says so on stderr unless `quiet`. */
export const ensureBuilt = async (root = projectRoot, quiet = false) => {
  const reason = staleReason(root)
  if (reason === null) return
  if (!quiet) process.stderr.write(`tinsach: compiling dist/ (${reason})\n`)
  await build(root)
}

/** The root and digest last found fresh in this thread, so that `run.mjs` and the bundle check once. */
let checked
/** Run first by `dist/main.js`: refuses a bundle whose sources changed after it was built. */
export const assertFresh = (digest, rootUrl) => {
  const root = path.resolve(fileURLToPath(rootUrl))
  if (checked === `${root}\0${digest}`) return
  const inputs = bundledSources(root)
  if (inputs === null || digestOf(root, inputs) !== digest) {
    process.stderr.write("tinsach: dist/ is older than the sources; run `pnpm pipeline` or `pnpm build`\n")
    process.exit(1)
  }
  checked = `${root}\0${digest}`
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) await build()
