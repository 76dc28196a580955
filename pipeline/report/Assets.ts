/**
 * The chart libraries, inlined into the page so that it opens from disk with
 * no network: vega (the renderer), vega-lite (compiles the specs to vega) and
 * vega-embed (puts a spec in an element), their minified UMD builds, which
 * set the globals `vega`, `vegaLite` and `vegaEmbed`.
 */
import * as fs from "node:fs"
import * as path from "node:path"

const root = path.resolve(import.meta.dirname, "../..")

/** In the order they must load: vega-embed reads the two globals before it. */
export const chartLibraryFiles = [
  "node_modules/vega/build/vega.min.js",
  "node_modules/vega-lite/build/vega-lite.min.js",
  "node_modules/vega-embed/build/vega-embed.min.js"
] as const

export interface ChartLibrary {
  readonly name: string
  readonly version: string
  readonly source: string
}

const packageVersion = (file: string): string => {
  const manifest = path.join(root, file.split("/build/")[0] ?? "", "package.json")
  return String((JSON.parse(fs.readFileSync(manifest, "utf8")) as { version?: unknown }).version)
}

export const readChartLibraries = (): ReadonlyArray<ChartLibrary> =>
  chartLibraryFiles.map((file) => ({
    name: path.basename(file, ".min.js"),
    version: packageVersion(file),
    // `</script` cannot appear inside an inline script; the builds hold none today, this keeps it so
    source: fs.readFileSync(path.join(root, file), "utf8").replaceAll("</script", "<\\/script")
  }))
