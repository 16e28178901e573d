import { visible } from "../diagnostics/code-frame.js";

/** ANSI colours the text formats use. */
export type Colour = "green" | "red" | "yellow" | "bold" | "dim";

const CODES: Readonly<Record<Colour, string>> = { green: "32", red: "31", yellow: "33", bold: "1", dim: "2" };

/** Paints text with an ANSI colour when `on`, else returns it as it is. */
export function painter(on: boolean): (colour: Colour | undefined, text: string) => string {
  return (colour, text) => (on && colour && text ? `\u001b[${CODES[colour]}m${text}\u001b[0m` : text);
}

/**
 * Ladder or profile text made safe for one terminal line: control characters and bidirectional
 * overrides shown as escapes (`visible`), zero-width characters too, and line breaks and tabs as
 * spaces so columns stay aligned.
 */
export function plain(text: string): string {
  return visible(text.replace(/\r\n|[\r\n\t]/g, " ")).replace(
    /[\u200b-\u200f\ufeff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

/** `plain` text with no trailing space: a line of its own, whose YAML text may end in a line break. */
export function oneLine(text: string): string {
  return plain(text).trimEnd();
}

/** A table cell: already plain text, with an optional colour applied after padding. */
export interface TextCell {
  readonly text: string;
  readonly colour?: Colour | undefined;
}

/**
 * Rows aligned in columns two spaces apart, each line indented; the first row is the header
 * (bold with colour). Widths are measured before colouring, so ANSI codes never skew them.
 */
export function textTable(rows: readonly (readonly (TextCell | string)[])[], paint: ReturnType<typeof painter>, indent = "  "): string[] {
  const cells = rows.map((row) => row.map((c) => (typeof c === "string" ? { text: c } : c)));
  const widths: number[] = [];
  for (const row of cells) row.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, c.text.length)));
  return cells.map((row, r) => {
    const line = row
      .map((c, i) => {
        const padded = i === row.length - 1 ? c.text : c.text.padEnd(widths[i]!);
        const colour = r === 0 ? "bold" : c.colour;
        // Colour only the text, not the padding, so the escape codes stay tight.
        return paint(colour, padded.trimEnd()) + padded.slice(padded.trimEnd().length);
      })
      .join("  ");
    return `${indent}${line}`.trimEnd();
  });
}
