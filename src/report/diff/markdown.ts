import { escapeMarkdown as md } from "../gap/escape.js";
import type { DiffRenderer } from "./types.js";
import { changeLines, sections, SUBJECT_HEADINGS, summaryWords, titleWords } from "./words.js";

/** Ids as inline code; an id has no backtick in it, so the span cannot be broken. */
const code = (id: string) => `\`${id}\``;

/** A ladder diff as Markdown: a heading, the summary, and a list per subject (for a pull request or release notes). */
export const diffMarkdown: DiffRenderer = (diff) => {
  const out = [`# Ladder diff: ${titleWords(diff, md)}`, "", `${summaryWords(diff)}.`];
  for (const { subject, changes } of sections(diff)) {
    out.push("", `## ${SUBJECT_HEADINGS[subject]}`, "");
    for (const line of changeLines(subject, changes, md, code)) out.push(`- **${line.kind}**: ${line.text}`);
  }
  return `${out.join("\n")}\n`;
};
