import type { LevelExplanation } from "../../gap/explain.js";
import { escapeMarkdown as md } from "../gap/escape.js";
import { markdownTable } from "../gap/markdown-table.js";
import { bandText, levelText, relation, sections, stepChange } from "./words.js";

/** An explanation as Markdown: one table per kind of change, every ladder string escaped. */
export function explainMarkdown(e: LevelExplanation): string {
  const out = [`# What is new at ${levelText(e.level, md)}`, "", relation(e, md), "", `- **${bandText(e)}**`];
  if (e.from && e.from.scope !== e.level.scope) out.push(`- **Scope:** ${md(e.from.scope ?? "(none)")} → ${md(e.level.scope ?? "(none)")}`);
  else if (!e.from && e.level.scope) out.push(`- **Scope:** ${md(e.level.scope)}`);
  out.push(`- **Summary:** ${md(e.level.summary)}`, "");
  for (const section of sections(e)) {
    const rows = section.changes.map((c) => [md(c.name), md(stepChange(c, "→")), c.to ? md(c.looksLike ?? "") : ""]);
    out.push(`## ${section.heading} (${section.changes.length})`, "", markdownTable([{ header: "Competency" }, { header: "Step" }, { header: "What it looks like" }], rows), "");
  }
  if (e.from) out.push(`Unchanged: ${e.unchanged} competenc${e.unchanged === 1 ? "y" : "ies"}.`, "");
  if (e.alsoFrom.length > 0) out.push(`Also reached straight from: ${e.alsoFrom.map((l) => `${md(l.title)} (--from ${md(l.id)})`).join(", ")}.`, "");
  return `${out.join("\n").trimEnd()}\n`;
}
