/** True for a document that says `extends:`, and so is read as a ladder that extends another. */
export function isExtending(value: unknown): boolean {
  return value !== null && typeof value === "object" && !Array.isArray(value) && Object.hasOwn(value, "extends");
}
