import { painter, plain } from "../gap/text-table.js";
import type { DiffRenderer } from "./types.js";
import { changeLines, KIND_MARKS, sections, SUBJECT_HEADINGS, summaryWords, titleWords } from "./words.js";

/**
 * A ladder diff for the terminal: one section per subject, one line per change (expectation
 * changes grouped by competency), each marked `+ - > ~ ^ v` and coloured when `color` is on.
 */
export const diffText: DiffRenderer = (diff, options = {}) => {
  const paint = painter(options.color === true);
  const out = [paint("bold", `Ladder diff: ${titleWords(diff, plain)}`), summaryWords(diff)];
  for (const { subject, changes } of sections(diff)) {
    out.push("", paint("bold", SUBJECT_HEADINGS[subject]));
    for (const line of changeLines(subject, changes, plain, plain)) out.push(`  ${paint(KIND_MARKS[line.kind].colour, KIND_MARKS[line.kind].mark)} ${line.text}`);
  }
  return `${out.join("\n")}\n`;
};
