/**
 * The output folder is the tool's own. Before any work, a run refuses an
 * `--output` that is, contains or lies inside an input (the swap would delete
 * the inputs, and the next run would read the last one's CSV as articles), a
 * folder holding someone else's files (unless `--force`), and a previous output
 * it could not replace.
 */
import * as fs from "node:fs"
import * as path from "node:path"
import { OutputError } from "./OutputFolder.ts"
import { isToolEntry, isToolOutput } from "./ToolFiles.ts"

/** The real path of `target`, through its nearest existing ancestor (the output may not exist yet). */
const realPathOf = (target: string): string => {
  const resolved = path.resolve(target)
  if (fs.existsSync(resolved)) return fs.realpathSync(resolved)
  const parent = path.dirname(resolved)
  return parent === resolved ? resolved : path.join(realPathOf(parent), path.basename(resolved))
}

const isWithin = (inner: string, outer: string): boolean => {
  const relative = path.relative(outer, inner)
  return relative === "" || (!relative.startsWith("..") && !path.isAbsolute(relative))
}

const refuse = (message: string) => new OutputError({ reason: "refused", message })

/** Why `output` may not receive this run's tables, or null when it may. */
export const outputRefusal = (output: string, inputs: ReadonlyArray<string>, force: boolean): OutputError | null => {
  if (output.trim() === "") return refuse("--output is empty: give the folder to write the tables into")
  const real = realPathOf(output)
  for (const input of inputs) {
    const realInput = realPathOf(input)
    if (isWithin(realInput, real))
      return refuse(
        `the output folder ${output} ${real === realInput ? "is" : "contains"} the input ${input}: choose an output folder outside the inputs`
      )
    if (isWithin(real, realInput))
      return refuse(
        `the output folder ${output} lies inside the input ${input}: choose an output folder outside the inputs`
      )
  }
  if (!fs.existsSync(real) || !fs.statSync(real).isDirectory()) return null
  // a shard run sees the parts of the others before any manifest: those are the tool's too
  const entries = fs.readdirSync(real).filter((name) => name !== ".gitkeep" && !isToolEntry(real, name))
  if (entries.length > 0 && !force && !isToolOutput(real))
    return refuse(
      `the output folder ${output} holds files tinsach did not write (${entries.slice(0, 3).join(", ")}${entries.length > 3 ? ", ..." : ""}): choose an empty folder, or use --force to write beside them (they are kept)`
    )
  // The swap renames the folder and removes its old files: both need write access.
  for (const folder of [real, path.dirname(real)]) {
    try {
      fs.accessSync(folder, fs.constants.W_OK)
    } catch {
      return refuse(`the folder ${folder} is read-only, so the output ${output} cannot be replaced: make it writable`)
    }
  }
  return null
}
