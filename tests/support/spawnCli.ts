/**
 * The CLI run as a child process without blocking the test's thread (a
 * `spawnSync` of many seconds starves vitest's own messages), from any folder,
 * with a handle to signal it.
 */
import { type ChildProcess, spawn } from "node:child_process"
import { createRequire } from "node:module"
import * as path from "node:path"
import { pathToFileURL } from "node:url"
import { projectRoot } from "./pipeline.ts"

/** tsx's loader by absolute URL: `--import tsx` would resolve only from the project. */
const tsxLoader = pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href

export interface CliRun {
  readonly status: number | null
  readonly signal: NodeJS.Signals | null
  readonly stderr: string
}

export const startCli = (
  args: ReadonlyArray<string>,
  cwd = projectRoot,
  asUser: string | null = null
): { readonly child: ChildProcess; readonly done: Promise<CliRun> } => {
  const node = [process.execPath, "--import", tsxLoader, path.join(projectRoot, "pipeline/main.ts"), ...args]
  // root ignores file modes: a test of them runs the CLI as another user
  const command = asUser === null ? node : ["runuser", "-u", asUser, "--", ...node]
  const child = spawn(command[0]!, command.slice(1), { cwd, stdio: ["ignore", "ignore", "pipe"] })
  let stderr = ""
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr += chunk.toString()
  })
  const done = new Promise<CliRun>((resolve) =>
    child.on("close", (status, signal) => resolve({ status, signal, stderr }))
  )
  return { child, done }
}

export const cli = (args: ReadonlyArray<string>, cwd = projectRoot, asUser: string | null = null): Promise<CliRun> =>
  startCli(args, cwd, asUser).done
