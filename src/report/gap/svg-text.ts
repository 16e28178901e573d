// Text and numbers as the SVG charts write them (the gap chart and the team chart).

/** Cuts text to `max` characters (code points) with an ellipsis, runs of white space made one space; the full text stays in the row's tooltip. */
export function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, " ");
  if (flat.length <= max) return flat;
  // By code points, so an emoji or another character outside the BMP is never cut in half.
  const chars = Array.from(flat);
  return chars.length <= max ? flat : `${chars.slice(0, max - 1).join("").trimEnd()}\u2026`;
}

/** A length in a chart, to a tenth of a pixel: `277.2`, not the `277.20000000000005` a difference can give. */
export const tenth = (value: number): number => Math.round(value * 10) / 10;
