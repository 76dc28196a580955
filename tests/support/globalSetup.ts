/**
 * Every test's temporary folders, and those of the pipelines the tests start, go in one folder
 * made for the run (TMPDIR, which `os.tmpdir()` reads in the test processes and their children)
 * and removed when the run ends, so `pnpm test` leaves nothing behind in the system's temporary
 * folder however often it runs. Set TINSACH_KEEP_TEST_TMP=1 to keep it for a look afterwards.
 */
import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"

/** Makes every folder under `folder` writable again (a test may leave one read-only), by byte paths: some names are not UTF-8. */
const makeWritable = (folder: Buffer): void => {
  try {
    if (!fs.lstatSync(folder).isDirectory()) return
    fs.chmodSync(folder, 0o700)
    for (const name of fs.readdirSync(folder, { encoding: "buffer" }))
      makeWritable(Buffer.concat([folder, Buffer.from("/"), name]))
  } catch {
    // what cannot be reached is left for the removal to report
  }
}

/** Removes a folder whatever modes the tests left on what it holds. */
const removeAll = (folder: string): void => {
  try {
    fs.rmSync(folder, { recursive: true, force: true })
  } catch {
    makeWritable(Buffer.from(folder))
    fs.rmSync(folder, { recursive: true, force: true })
  }
}

export default function setup(): () => void {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "tinsach-tests-"))
  // as the system's temporary folder is: a test that runs the command line as another user
  // (`nobody`, when the tests run as root) writes there too (tsx's cache)
  fs.chmodSync(folder, 0o1777)
  process.env.TMPDIR = folder
  return () => {
    if (process.env.TINSACH_KEEP_TEST_TMP === "1") console.log(`tinsach: the tests' temporary files are in ${folder}`)
    else removeAll(folder)
  }
}
