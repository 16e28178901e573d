// renderLadder and `ladderkit render`: what the Markdown and the HTML say (checked against the
// reference ladder's own data), hostile text escaped, same bytes twice. The HTML in a real browser
// is test/browser.test.ts.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LADDER_FORMATS, loadLadder, renderLadder, type ResolvedLadder } from "../src/index.js";
import { trackGrid } from "../src/report/ladder/layout.js";
import { runCli } from "./helpers/cli.js";

const load = async (path: string): Promise<ResolvedLadder> => {
  const { ladder, diagnostics } = await loadLadder(path);
  if (!ladder) throw new Error(`${path}: ${JSON.stringify(diagnostics)}`);
  return ladder;
};

describe("the track grid", () => {
  it("puts management and technical leadership side by side, and the trunk and the CTO across them", async () => {
    const grid = trackGrid(await load("ladders/dual-track.yaml"));
    expect(grid.columns.map((t) => t.id)).toEqual(["management", "technical-leadership"]);
    const rows = grid.rows.map((row) => [row.band, ...row.cells.map((c) => (c.level ? `${c.level.id}${c.span > 1 ? `*${c.span}` : ""}` : "-"))]);
    expect(rows).toEqual([
      [8, "cto*2"],
      [7, "vp-engineering", "director-of-architecture"],
      [6, "director-of-engineering", "principal-architect"],
      [5, "senior-engineering-manager", "architect"],
      [4, "engineering-manager", "lead-engineer"],
      [3, "senior-engineer*2"],
      [2, "engineer-2*2"],
      [1, "engineer-1*2"],
    ]);
  });

  it("leaves a gap where a parallel track has no level at a band", async () => {
    const grid = trackGrid(await load("ladders/large-company.yaml"));
    expect(grid.columns.length).toBe(3);
    const band8 = grid.rows.find((r) => r.band === 8)!;
    expect(band8.cells.map((c) => c.level?.id ?? "-")).toEqual(["-", "vp-engineering", "chief-architect"]);
  });
});

describe("renderLadder as Markdown", () => {
  it("shows the tracks by band, every level's summary, each track's matrix and each step's words", async () => {
    const ladder = await load("ladders/acme.yaml");
    const md = renderLadder(ladder, "markdown");
    expect(md.startsWith("# Acme engineering ladder\n")).toBe(true);
    expect(md).toContain("| Band | Engineering | Management | Technical leadership | Executive |");
    expect(md).toContain("| 4 |   | **Engineering Manager** | **Staff Engineer** |   |");
    expect(md).toContain("| 8 |   |   |   | **Chief Technology Officer** |");
    expect(md).toContain("Management branches from Senior Software Engineer and leads to Chief Technology Officer.");
    for (const level of ladder.levels) expect(md).toContain(`- **${level.title}** (band ${level.band}): `);
    // The new competency, its rise on the trunk, and Acme's own words for the Staff Engineer.
    expect(md).toContain("| Security | Learning | Developing ↑ | Practitioner ↑ |");
    expect(md).toContain("| Technical exploration | Practitioner (new) | Expert ↑ | Expert | Leader ↑ |");
    expect(md).toContain("- At **Staff Engineer** (Expert): Runs the team's pairing rota and reviews every new engineer's first designs.");
    expect(md).toContain("| Leader | Sets how the organisation builds secure software and answers for it to customers. |");
    expect(md).not.toContain("Budgeting"); // removed by the company ladder
    expect(renderLadder(await load("ladders/acme.yaml"), "markdown")).toBe(md);
  });

  it("escapes hostile text", async () => {
    const md = renderLadder(await load("test/fixtures/hostile/extends-title.yaml"), "markdown");
    expect(md).toContain("# Hostile \\| \\[link\\](http\\://evil) \\<script\\>");
    expect(md).toContain('\\<img src=x onerror="window.\\_\\_xss=1"\\>\\<script\\>window.\\_\\_xss=2\\</script\\>Manager');
    expect(md).not.toContain("<script>");
    expect(md).not.toMatch(/\u001b/);
  });
});

describe("renderLadder as HTML", () => {
  it("is one page with the tracks grid, the levels, the matrices and the steps", async () => {
    const ladder = await load("ladders/dual-track.yaml");
    const html = renderLadder(ladder, "html");
    expect(html.startsWith("<!doctype html>")).toBe(true);
    expect(html).not.toMatch(/<script|<link|src=|url\(/i);
    expect(html).toContain('<td class="level kind-executive span" colspan="2" data-level="cto" data-track="executive"><a href="#level-cto">Chief Technology Officer</a>');
    expect(html).toContain('<tr data-band="5"><th scope="row" class="band">5</th><td class="level kind-management" data-level="senior-engineering-manager"');
    for (const level of ladder.levels) expect(html).toContain(`<article class="level-card kind-${ladder.trackById.get(level.track)!.kind}" id="level-${level.id}">`);
    expect(html.match(/<table class="matrix"/g)).toHaveLength(ladder.tracks.length);
    expect(html.match(/<article class="competency"/g)).toHaveLength(ladder.competencies.length);
    expect(renderLadder(ladder, "html")).toBe(html);
  });

  it("escapes hostile text in every place", async () => {
    const html = renderLadder(await load("test/fixtures/hostile/extends-title.yaml"), "html");
    expect(html).not.toContain("<script>window");
    expect(html).not.toContain("<img src=x");
    expect(html).toContain("&lt;img src=x onerror=&quot;window.__xss=1&quot;&gt;&lt;script&gt;window.__xss=2&lt;/script&gt;Manager");
    expect(html).toContain("&lt;/table&gt;&lt;b&gt;Management&lt;/b&gt;");
    expect(html).toContain("<title>Hostile | [link](http://evil) &lt;script&gt; (1.0)</title>");
  });

  it("refuses an unknown format", async () => {
    expect(() => renderLadder(({} as ResolvedLadder), "pdf" as never)).toThrow(/unknown ladder format 'pdf' \(expected markdown, html\)/);
    expect(LADDER_FORMATS).toEqual(["markdown", "html"]);
  });
});

describe("ladderkit render", () => {
  it("prints Markdown by default and writes HTML with --out, never over its input", async () => {
    const md = await runCli(["render", "ladders/acme.yaml"]);
    expect(md.code).toBe(0);
    expect(md.stdout).toBe(renderLadder(await load("ladders/acme.yaml"), "markdown"));
    const out = join(mkdtempSync(join(tmpdir(), "ladderkit-render-")), "ladder.html");
    const html = await runCli(["render", "ladders/acme.yaml", "--format", "html", "--out", out]);
    expect(html.code).toBe(0);
    expect(readFileSync(out, "utf8")).toBe(renderLadder(await load("ladders/acme.yaml"), "html"));
    const clobber = await runCli(["render", "ladders/acme.yaml", "--out", "ladders/acme.yaml"]);
    expect(clobber.code).toBe(2);
    expect(clobber.stderr).toContain("would overwrite an input");
  });

  it.each([
    [["render"], 2, "expected exactly one ladder file"],
    [["render", "ladders/acme.yaml", "--format", "pdf"], 2, "unknown format 'pdf'; expected one of: markdown, html"],
    [["render", "no/such.yaml"], 2, "file not found"],
    [["render", "test/fixtures/extends/findings.yaml"], 1, "test/fixtures/extends/base.yaml:50:9 error"],
  ])("%j exits %i", async (args, code, message) => {
    const run = await runCli(args);
    expect(run.code).toBe(code);
    expect(run.stderr).toContain(message);
    expect(run.stdout).toBe("");
  });
});
