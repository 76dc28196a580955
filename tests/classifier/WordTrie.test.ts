import { describe, expect, it } from "vitest"
import { buildWordTrie } from "../../pipeline/classifier/WordTrie.ts"

const alphabet = "abcdeé'"
const lettersOf = (word: string) => Array.from(word, (character) => alphabet.indexOf(character))
/** The value the trie gives `word` (0: not one of its words), walked letter by letter. */
const lookup = (trie: ReturnType<typeof buildWordTrie>, word: string): number => {
  let node = 0
  for (const letter of lettersOf(word)) {
    node = trie.next[node * alphabet.length + letter]!
    if (node === 0) return 0
  }
  return trie.value[node]!
}

describe("buildWordTrie", () => {
  it("gives each word its value, its prefixes and other words none", () => {
    const words: Array<readonly [string, number]> = [
      ["a", 1],
      ["ab", 2],
      ["abc", 3],
      ["bé", 4],
      ["d'e", 5],
      ["cab", 6]
    ]
    const trie = buildWordTrie(
      alphabet.length,
      words.map(([word, value]) => [lettersOf(word), value] as const)
    )
    expect(words.map(([word]) => lookup(trie, word))).toEqual([1, 2, 3, 4, 5, 6])
    expect(["b", "c", "ca", "abcd", "d", "d'", "e", "é", "bée"].map((word) => lookup(trie, word))).toEqual([
      0, 0, 0, 0, 0, 0, 0, 0, 0
    ])
    // one row of `letters` children per node: the root and one node per distinct prefix (a ab abc b bé c ca cab d d' d'e)
    expect(trie.value.length).toBe(1 + 11)
    expect(trie.next.length).toBe(trie.value.length * alphabet.length)
  })

  it("keeps the last value of a word given twice, and is empty for no words", () => {
    const trie = buildWordTrie(alphabet.length, [
      [lettersOf("ab"), 1],
      [lettersOf("ab"), 7]
    ])
    expect(lookup(trie, "ab")).toBe(7)
    const empty = buildWordTrie(alphabet.length, [])
    expect(Array.from(empty.value)).toEqual([0])
    expect(Array.from(empty.next)).toEqual(new Array(alphabet.length).fill(0))
  })
})
