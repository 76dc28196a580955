/**
 * Shards for cluster schedulers: `--shard I/N` (0-based I) cleans only the
 * inputs whose stable hash of relative path falls in shard I of N, and writes
 * part files that `pnpm pipeline merge` joins. Without the option, a Slurm job
 * array (`SLURM_ARRAY_TASK_ID`, `SLURM_ARRAY_TASK_COUNT`, `SLURM_ARRAY_TASK_MIN`)
 * or a Kubernetes Indexed Job (`JOB_COMPLETION_INDEX`, with the count from
 * `--shard-count`) sets the shard, so the same command runs unchanged there.
 */
import { createHash } from "node:crypto"
import { Either } from "effect"

export interface Shard {
  readonly index: number
  readonly count: number
}

const valid = (index: number, count: number, source: string): Either.Either<Shard, string> =>
  Number.isInteger(index) && Number.isInteger(count) && count >= 1 && index >= 0 && index < count
    ? Either.right({ index, count })
    : Either.left(`${source}: a shard is I/N with 0 <= I < N, not ${index}/${count}`)

export const parseShard = (text: string): Either.Either<Shard, string> => {
  const match = /^(\d+)\/(\d+)$/u.exec(text.trim())
  if (match === null) return Either.left(`--shard: expected I/N such as 0/4, not ${text}`)
  return valid(Number(match[1]), Number(match[2]), "--shard")
}

/** The shard a scheduler's environment sets, or null when none does. */
export const shardFromEnvironment = (
  env: Readonly<Record<string, string | undefined>>,
  shardCount: number | null
): Either.Either<Shard | null, string> => {
  const slurmId = env.SLURM_ARRAY_TASK_ID
  if (slurmId !== undefined && slurmId !== "") {
    const count = Number(env.SLURM_ARRAY_TASK_COUNT ?? shardCount ?? Number.NaN)
    const min = Number(env.SLURM_ARRAY_TASK_MIN ?? 0)
    return valid(Number(slurmId) - min, count, "SLURM_ARRAY_TASK_ID")
  }
  const k8sIndex = env.JOB_COMPLETION_INDEX
  if (k8sIndex !== undefined && k8sIndex !== "") {
    if (shardCount === null)
      return Either.left("JOB_COMPLETION_INDEX is set: give the number of shards with --shard-count")
    return valid(Number(k8sIndex), shardCount, "JOB_COMPLETION_INDEX")
  }
  return Either.right(null)
}

/** The shard a relative path belongs to: the first 6 bytes of its sha256, modulo N. */
export const shardOf = (sourcePath: string, count: number): number =>
  Number.parseInt(createHash("sha256").update(sourcePath).digest("hex").slice(0, 12), 16) % count

export const partName = (shard: Shard): string => `part-${shard.index}-of-${shard.count}`
