import { beforeAll, describe, expect, it } from "vitest";
import { analyzeGap } from "../src/gap/analyze-gap.js";
import { analyzeTeam } from "../src/gap/team.js";
import { escapeHtml, escapeMarkdown } from "../src/report/gap/escape.js";
import { GAP_FORMATS, gapRenderers, renderGapReport, renderTeamReport, teamRenderers, type GapFormat } from "../src/report/gap/index.js";
import { HOSTILE_COMPETENCY, loadHostile, loadSample, SAMPLE_PROFILES, type LoadedSample } from "./helpers/reports.js";

const samples = new Map<string, LoadedSample>();
let hostile: LoadedSample;

beforeAll(async () => {
  for (const name of SAMPLE_PROFILES) samples.set(name, await loadSample(name));
  hostile = await loadHostile();
});

const sample = (name: string) => samples.get(name)!;

/** The `|` that delimit cells: those not escaped by a backslash. */
const cellBars = (line: string) => (line.replace(/\\\\/g, "").match(/(?<!\\)\|/g) ?? []).length;

/** Every Markdown table keeps its shape: each row has as many cell delimiters as its header. */
function expectTablesIntact(markdown: string): void {
  let header: number | undefined;
  for (const line of markdown.split("\n")) {
    if (!line.startsWith("|")) header = undefined;
    else if (header === undefined) header = cellBars(line);
    else expect(cellBars(line), line).toBe(header);
  }
}

describe("escapeMarkdown", () => {
  it.each([
    ["plain words", "plain words"],
    ["a | b", "a \\| b"],
    ["[link](http://evil)", "\\[link\\](http\\://evil)"],
    ["*bold* _it_", "\\*bold\\* \\_it\\_"],
    ["# heading", "\\# heading"],
    ["`code`", "\\`code\\`"],
    ["<img src=x>", "\\<img src=x\\>"],
    ["back\\slash", "back\\\\slash"],
    ["two\nlines\r\nthree", "two lines three"],
    ["bell\u0007", "bell\\\\u0007"],
  ])("escapes %j", (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });
});

describe("escapeHtml", () => {
  it.each([
    ["plain", "plain"],
    [`<img src=x onerror="window.__xss=1">`, "&lt;img src=x onerror=&quot;window.__xss=1&quot;&gt;"],
    ["Tom & Jerry's", "Tom &amp; Jerry&#39;s"],
    ["&amp;", "&amp;amp;"],
    ["esc\u001b[31m", "esc\\u001b[31m"],
    // A YAML block scalar ends in a line break: it stays one, never the text "\u000a".
    ["First line.\nSecond line.\n", "First line.\nSecond line.\n"],
    ["cr\r\nlf\rend", "cr\nlf\nend"],
  ])("escapes %j", (input, expected) => {
    expect(escapeHtml(input)).toBe(expected);
  });
});

describe("the HTML chart", () => {
  it("cuts a long name by code points, never inside an emoji, and writes lengths to a tenth", () => {
    const report = sample("senior-at-fork").report();
    const [first, ...rest] = report.targets[0]!.competencies;
    // 38 letters, then an emoji of two UTF-16 units across the cut at 39 (a 40-character label).
    const name = `${"a".repeat(38)}\u{1F680}${"b".repeat(10)}`;
    const long = { ...report, targets: [{ ...report.targets[0]!, competencies: [{ ...first!, name }, ...rest] }] };
    const html = renderGapReport(long, "html");
    expect(html).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
    expect(html).toContain(`>${"a".repeat(38)}\u{1F680}\u2026</text>`);
    // Every length and position in the chart: a whole number or one decimal.
    const numbers = [...html.matchAll(/ (?:x|x1|x2|width)="([^"]+)"/g)].map((m) => m[1]!);
    expect(numbers.length).toBeGreaterThan(20);
    for (const n of numbers) expect(n).toMatch(/^\d+(\.\d)?$/);
  });
});

describe("a target without development goals", () => {
  it("says there is no gap to close only when every expectation is rated", () => {
    const { ladder, profile } = sample("senior-at-fork");
    const formats: GapFormat[] = ["text", "markdown", "html"];
    // Nothing rated: no gap is known, so no goal; the report says the ratings are missing.
    const unrated = analyzeGap(ladder, { ...profile, ratings: {} });
    const counted = unrated.targets[0]!.readiness.unassessed;
    expect(counted).toBeGreaterThan(1);
    for (const format of formats) {
      const out = renderGapReport(unrated, format);
      expect(out, format).toContain(`No goal yet: no gap among the rated expectations, and ${counted} expectations not assessed; rate them to find the gaps.`);
      expect(out, format).not.toContain("No gap to close");
    }
    // Rated exactly at the target: nothing to close.
    const expected = ladder.levelById.get(unrated.targets[0]!.level.id)!.expectations;
    const ratings = Object.fromEntries([...expected.values()].map((e) => [e.competency, ladder.scale[e.rank]!.id]));
    const atTarget = analyzeGap(ladder, { ...profile, ratings });
    for (const format of formats) expect(renderGapReport(atTarget, format), format).toContain("No gap to close: no development goal for this target.");
  });
});

describe("registries", () => {
  it("have a renderer for every format", () => {
    expect(Object.keys(gapRenderers).sort()).toEqual([...GAP_FORMATS].sort());
    expect(Object.keys(teamRenderers).sort()).toEqual([...GAP_FORMATS].sort());
  });

  it("refuse an unknown format", () => {
    const report = sample("senior-at-fork").report();
    expect(() => renderGapReport(report, "pdf" as GapFormat)).toThrow(TypeError);
    expect(() => renderGapReport(report, "__proto__" as GapFormat)).toThrow(TypeError);
  });
});

describe.each(SAMPLE_PROFILES)("gap report of %s", (name) => {
  it.each(GAP_FORMATS)("renders %s, byte-identical twice", (format) => {
    const first = renderGapReport(sample(name).report(), format, { color: true });
    const second = renderGapReport(sample(name).report(), format, { color: true });
    expect(first.length).toBeGreaterThan(500);
    expect(first.endsWith("\n")).toBe(true);
    expect(second).toBe(first);
  });

  it("markdown is a promotion packet", () => {
    const report = sample(name).report();
    const md = renderGapReport(report, "markdown");
    expect(md.startsWith(`# Gap report: ${report.person.name}, ${report.current.title} (${report.date})\n`)).toBe(true);
    expect(md).toContain("| Competency | Expected | Assessed (source) | Gap | Status | What it looks like |");
    expect(md).toContain("| Target | Readiness | Met | Gaps | Unassessed | Total gap |");
    for (const target of report.targets) {
      expect(md).toContain(`## Target: ${target.level.title} (${target.level.trackName}, band ${target.level.band})`);
      expect(md).toContain(`### What is new at ${target.level.title}`);
      expect(md).toContain(`### Development goals for ${target.level.title}`);
      for (const goal of target.goals) expect(md).toContain(`**${escapeMarkdown(goal.name)}**: ${goal.from.label} -> ${goal.to.label}, due ${goal.due}`);
      for (const rising of target.rising) expect(md).toContain(`- **${escapeMarkdown(rising.name)}**: `);
    }
    for (const goal of report.personalGoals) expect(md).toContain(`- **${escapeMarkdown(goal.title)}**`);
    expect(md).toContain("## Calibration prompts");
    expectTablesIntact(md);
  });

  it("text has ANSI colour only when asked", () => {
    const report = sample(name).report();
    expect(renderGapReport(report, "text")).not.toContain("\u001b");
    expect(renderGapReport(report, "text", { color: false })).not.toContain("\u001b");
    expect(renderGapReport(report, "text", { color: true })).toContain("\u001b[");
  });

  it("json parses back to the report, kind and version first", () => {
    const report = sample(name).report();
    const parsed = JSON.parse(renderGapReport(report, "json"));
    expect(Object.keys(parsed).slice(0, 2)).toEqual(["kind", "version"]);
    expect(parsed).toMatchObject({ kind: "GapReport", version: 1 });
    expect(parsed).toEqual(JSON.parse(JSON.stringify(report)));
  });

  it("html is one self-contained page with a chart per target", () => {
    const report = sample(name).report();
    const html = renderGapReport(report, "html");
    expect(html.startsWith("<!doctype html>\n")).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('<meta name="color-scheme" content="light">');
    expect(html).toContain("@media print");
    expect(html).not.toMatch(/<script|<iframe|<link|<img|@import|url\(/i);
    expect(html).not.toMatch(/\b(src|href)\s*=\s*["']?(https?:)?\/\//i);
    expect(html.match(/<svg [^>]*role="img"/g)).toHaveLength(report.targets.length);
    expect(html.match(/<svg[^>]*>\n<title id=/g)).toHaveLength(report.targets.length);
    for (const target of report.targets) expect(html).toContain(`Target: ${escapeHtml(target.level.title)}`);
  });
});

describe("what the packet says", () => {
  it("walks a distant target hop by hop", () => {
    const md = renderGapReport(sample("manager-to-technical").report(), "markdown");
    expect(md).toContain("### Path to Architect");
    expect(md).toMatch(/^1\. \*\*Lead Engineer \(Technical leadership, band 4\)\*\*, track switch \(same band\) from Engineering Manager: /m);
    expect(md).toMatch(/^2\. \*\*Architect \(Technical leadership, band 5\)\*\*, promotion from Lead Engineer: /m);
  });

  it("flags unassessed competencies and shows not applicable as no gap", () => {
    const mateo = renderGapReport(sample("architect-to-principal").report(), "markdown");
    expect(mateo).toMatch(/^\| Inclusion and belonging \| Expert \| \*\*not assessed\*\* \| - \| \*\*Unassessed\*\* \|/m);
    expect(mateo).toContain("1 unassessed (not counted as met)");
    const aiko = renderGapReport(sample("manager-to-technical").report(), "markdown");
    expect(aiko).toMatch(/^\| Technical exploration \| Expert \| _no opportunity_ \| - \| No opportunity \(not a gap\) \|/m);
  });

  it("lists each hop's unassessed competencies in every format, the terminal's too", () => {
    const { ladder, profile } = sample("senior-at-fork");
    const report = analyzeGap(ladder, { ...profile, ratings: { "code-quality": "expert" } }, { target: "cto" });
    const hops = report.targets[0]!.path;
    expect(hops.length).toBeGreaterThan(2);
    const text = renderGapReport(report, "text");
    const markdown = renderGapReport(report, "markdown");
    for (const hop of hops) {
      const names = hop.gaps.filter((g) => g.status === "unassessed").map((g) => g.name);
      expect(names.length).toBeGreaterThan(0);
      expect(text).toContain(`     unassessed: ${names.join(", ")}\n`);
      expect(markdown).toContain(`   Unassessed: ${names.join("; ")}.`);
    }
  });

  it("calls a target where nothing rises lateral only when it is a track switch", () => {
    const { ladder, profile } = sample("manager-to-technical");
    const nothingRises = (target: string) => {
      const report = analyzeGap(ladder, profile, { target });
      return { ...report, targets: report.targets.map((t) => ({ ...t, rising: [] })) };
    };
    const promotion = nothingRises("senior-engineering-manager");
    const lateral = nothingRises("lead-engineer");
    expect(promotion.targets[0]!.path.map((h) => h.kind)).toEqual(["promotion"]);
    expect(lateral.targets[0]!.path.map((h) => h.kind)).toEqual(["switch"]);
    for (const format of ["text", "markdown", "html"] as const) {
      expect(renderGapReport(promotion, format), format).toContain("No expectation rises.");
      expect(renderGapReport(promotion, format), format).not.toContain("lateral");
      expect(renderGapReport(lateral, format), format).toContain("No expectation rises: the move is lateral.");
    }
  });

  it("puts the calibration prompt in", () => {
    const md = renderGapReport(sample("senior-at-fork").report(), "markdown");
    expect(md).toContain("| System design | Expert | Developing | self 2 steps higher |");
  });
});

describe("hostile names", () => {
  it("load without errors", () => {
    expect(hostile.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(hostile.ladder.competencies[0]!.name).toBe(HOSTILE_COMPETENCY);
    expect(hostile.profile.person.name).toContain("| [link](http://evil)");
  });

  it("stay text in markdown", () => {
    const md = renderGapReport(hostile.report(), "markdown");
    expect(md).toContain('\\<img src=x onerror="window.\\_\\_xss=1"\\>');
    expect(md).toContain("Eve \\| \\[link\\](http\\://evil) \\<script\\>");
    expect(md).not.toMatch(/(?<!\\)<(img|script|b|i|td)\b/);
    expect(md).not.toContain("[link](");
    expect(md).not.toContain("\u001b");
    expect(md).toContain("Senior \\\\u001b\\[31mEngineer \\# not a heading");
    expectTablesIntact(md);
  });

  it("stay text in html", () => {
    const html = renderGapReport(hostile.report(), "html");
    expect(html).toContain("&lt;img src=x onerror=&quot;window.__xss=1&quot;&gt;");
    expect(html).toContain("Eve | [link](http://evil) &lt;script&gt;window.__xss=3&lt;/script&gt;");
    expect(html).not.toMatch(/<(img|script|b|i)\b/);
    expect(html).not.toContain("</table><script");
    expect(html).not.toContain("\u001b");
  });

  it("stay visible in text", () => {
    const report = hostile.report();
    expect(renderGapReport(report, "text")).not.toContain("\u001b");
    expect(renderGapReport(report, "text")).toContain("Senior \\u001b[31mEngineer");
    expect(renderGapReport(report, "text", { color: true }).replace(/\u001b\[[0-9;]*m/g, "")).not.toContain("\u001b");
  });

  it("render every format, the team view too", () => {
    const team = analyzeTeam(hostile.ladder, [hostile.profile]);
    for (const format of GAP_FORMATS) {
      expect(renderGapReport(hostile.report(), format)).toBe(renderGapReport(hostile.report(), format));
      const out = renderTeamReport(team, format);
      if (format === "html") expect(out).not.toMatch(/<(img|script)\b/);
      if (format === "markdown") expectTablesIntact(out);
    }
  });
});

describe("team report", () => {
  const team = () => {
    const all = SAMPLE_PROFILES.map(sample);
    return analyzeTeam(all[0]!.ladder, all.map((s) => s.profile));
  };

  it.each(GAP_FORMATS)("renders %s, byte-identical twice", (format) => {
    const first = renderTeamReport(team(), format, { color: true });
    expect(first.length).toBeGreaterThan(300);
    expect(renderTeamReport(team(), format, { color: true })).toBe(first);
  });

  it("the shared-gaps chart cuts a long name by code points, never inside an emoji, and writes widths to a tenth", () => {
    const report = team();
    const [first, ...rest] = report.sharedGaps;
    // 38 letters, then an emoji of two UTF-16 units across the cut at 39 (a 40-character label).
    const name = `${"a".repeat(38)}\u{1F680}${"b".repeat(10)}`;
    const html = renderTeamReport({ ...report, sharedGaps: [{ ...first!, name, share: 1 / 3 }, ...rest] }, "html");
    expect(html).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
    expect(html).toContain(`>${"a".repeat(38)}\u{1F680}\u2026</text>`);
    const widths = [...html.matchAll(/<rect [^>]*width="([^"]+)"/g)].map((m) => m[1]!);
    expect(widths).toContain("128.7");
    for (const w of widths) expect(w).toMatch(/^\d+(\.\d)?$/);
  });

  it("markdown has the ready-for, shared gaps and band tables", () => {
    const report = team();
    const md = renderTeamReport(report, "markdown");
    expect(md).toContain("| Level | Track | Band | Aiming | Ready | Who is ready |");
    expect(md).toContain("| Competency | People | Share |");
    expect(md).toContain("| Band | Level | People |");
    expect(md).toContain("### Technical leadership");
    expect(md).toContain(`| ${report.sharedGaps[0]!.name} | ${report.sharedGaps[0]!.people} of 3 |`);
    expect(md).toContain("| Principal Architect | Technical leadership | 6 | 1 | 0 | nobody yet |");
    expectTablesIntact(md);
  });

  it("html has a shared-gaps chart, text colours only when asked, json parses", () => {
    const report = team();
    const html = renderTeamReport(report, "html");
    expect(html.match(/<g class="bar"/g)).toHaveLength(report.sharedGaps.length);
    expect(html).not.toMatch(/<script|\b(src|href)\s*=/i);
    expect(renderTeamReport(report, "text")).not.toContain("\u001b");
    expect(renderTeamReport(report, "text", { color: true })).toContain("\u001b[");
    expect(JSON.parse(renderTeamReport(report, "json"))).toMatchObject({ kind: "TeamReport", version: 1, size: 3 });
  });
});
