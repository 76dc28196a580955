/**
 * The language detector as a service. eld's tables are loaded on first use
 * only (a dynamic import), so that a process whose workers do the detecting,
 * like the main thread of a run with `--workers`, never holds them.
 */
import { Effect } from "effect"
import { Config } from "../Config.ts"
import type { Detector } from "../stages/DetectLanguage.ts"

export class LanguageDetector extends Effect.Service<LanguageDetector>()("tinsach/LanguageDetector", {
  effect: Effect.gen(function* () {
    const load: Effect.Effect<Detector> = yield* Effect.cached(
      Effect.promise(async () => (await import("./Eld.ts")).makeEldDetector(Config.language.detectable))
    )
    return { load }
  })
}) {}
