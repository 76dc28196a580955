/**
 * Figures against their recorded floors: the names of those below, with both numbers,
 * so a failing floor test says which figure fell and by how much.
 */
export const belowFloors = (
  figures: Readonly<Record<string, number>>,
  floors: Readonly<Record<string, number>>
): ReadonlyArray<string> =>
  Object.entries(floors).flatMap(([name, floor]) => {
    const figure = figures[name]
    return figure !== undefined && figure >= floor ? [] : [`${name}: ${figure} < ${floor}`]
  })
