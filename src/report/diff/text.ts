import { painter, plain } from "../gap/text-table.js";
import type { DiffRenderer } from "./types.js";
import { expectationWords, groupExpectations, itemWords, KIND_MARKS, sections, SUBJECT_HEADINGS, summaryWords, titleWords } from "./words.js";

/**
 * A ladder diff for the terminal: one section per subject, one line per change (expectation
 * changes grouped by competency), each marked `+ - > ~ ^ v` and coloured when `color` is on.
 */
export const diffText: DiffRenderer = (diff, options = {}) => {
  const paint = painter(options.color === true);
  const out = [paint("bold", `Ladder diff: ${titleWords(diff, plain)}`), summaryWords(diff)];
  for (const { subject, changes } of sections(diff)) {
    out.push("", paint("bold", SUBJECT_HEADINGS[subject]));
    const lines =
      subject === "expectation"
        ? groupExpectations(changes).map((g) => ({ kind: g.first.kind, text: expectationWords(g, plain) }))
        : changes.map((c) => ({ kind: c.kind, text: itemWords(c, plain, plain) }));
    for (const line of lines) out.push(`  ${paint(KIND_MARKS[line.kind].colour, KIND_MARKS[line.kind].mark)} ${line.text}`);
  }
  return `${out.join("\n")}\n`;
};
