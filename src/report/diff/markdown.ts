import { escapeMarkdown as md } from "../gap/escape.js";
import type { DiffRenderer } from "./types.js";
import { expectationWords, groupExpectations, itemWords, sections, SUBJECT_HEADINGS, summaryWords, titleWords } from "./words.js";

/** Ids as inline code; an id has no backtick in it, so the span cannot be broken. */
const code = (id: string) => `\`${id}\``;

/** A ladder diff as Markdown: a heading, the summary, and a list per subject (for a pull request or release notes). */
export const diffMarkdown: DiffRenderer = (diff) => {
  const out = [`# Ladder diff: ${titleWords(diff, md)}`, "", `${summaryWords(diff)}.`];
  for (const { subject, changes } of sections(diff)) {
    out.push("", `## ${SUBJECT_HEADINGS[subject]}`, "");
    const lines =
      subject === "expectation"
        ? groupExpectations(changes).map((g) => `**${g.first.kind}**: ${expectationWords(g, code)}`)
        : changes.map((c) => `**${c.kind}**: ${itemWords(c, md, code)}`);
    out.push(...lines.map((line) => `- ${line}`));
  }
  return `${out.join("\n")}\n`;
};
