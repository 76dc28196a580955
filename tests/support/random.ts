/** `count` strings of 1 to `maxLength` pieces drawn from `alphabet` by a seeded generator: the same on every run. */
export const randomStrings = (
  alphabet: ReadonlyArray<string>,
  count: number,
  maxLength: number,
  seed: number
): Array<string> => {
  let state = seed
  const random = () => {
    state = (state * 1103515245 + 12345) % 2147483648
    return state / 2147483648
  }
  return Array.from({ length: count }, () =>
    Array.from(
      { length: 1 + Math.floor(random() * maxLength) },
      () => alphabet[Math.floor(random() * alphabet.length)]
    ).join("")
  )
}
