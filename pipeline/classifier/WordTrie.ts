/**
 * A set of words as a trie over a small alphabet, for scans that walk a text's words unit by unit
 * without cutting them out (the function-word vote, the translation model's function words).
 */

export interface WordTrie {
  /** `next[node * letters + letter]`: the next node (0: none; the root is node 0, never a child). */
  readonly next: Int32Array
  /** What a word ending at each node gives (0: no word ends there). */
  readonly value: Int32Array
}

/**
 * The trie of `words`, each given as its letters (indexes below `letters`) with its value (not 0).
 * A word given twice keeps its last value.
 */
export const buildWordTrie = (
  letters: number,
  words: Iterable<readonly [letterIndexes: ReadonlyArray<number>, value: number]>
): WordTrie => {
  const next: Array<number> = new Array(letters).fill(0)
  const value: Array<number> = [0]
  for (const [letterIndexes, wordValue] of words) {
    let node = 0
    for (const letter of letterIndexes) {
      let child = next[node * letters + letter]!
      if (child === 0) {
        child = value.length
        value.push(0)
        for (let i = 0; i < letters; i++) next.push(0)
        next[node * letters + letter] = child
      }
      node = child
    }
    value[node] = wordValue
  }
  return { next: Int32Array.from(next), value: Int32Array.from(value) }
}
