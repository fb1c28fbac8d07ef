type Path = (string | number)[];

/**
 * Where an input holds text with a lone UTF-16 surrogate (half of a character, as `"\ud800"` in
 * JSON). Such text cannot be stored or encoded as UTF-8, so it is refused at the door with the
 * field named, instead of failing deep inside a write. Walks objects and arrays of any depth.
 */
export function loneSurrogatePaths(value: unknown, path: Path = [], found: Path[] = []): Path[] {
  if (typeof value === "string") {
    if (!value.isWellFormed()) found.push(path);
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => loneSurrogatePaths(item, [...path, index], found));
  } else if (value !== null && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) loneSurrogatePaths(item, [...path, key], found);
  }
  return found;
}

export const BROKEN_TEXT_MESSAGE =
  "This text holds a broken character (half of a UTF-16 pair); retype or paste it again.";
