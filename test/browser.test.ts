// Opens the HTML reports in real headless Chromium: they render, the chart is drawn, hostile names
// stay inert text and nothing leaves the page. Writes screenshots to test/artifacts/ (gitignored).
import { existsSync, mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadLadder } from "../src/api/load.js";
import { analyzeTeam } from "../src/gap/team.js";
import type { ResolvedLadder } from "../src/model/resolved.js";
import { renderGapReport, renderTeamReport } from "../src/report/gap/index.js";
import { renderLadder } from "../src/report/ladder/index.js";
import { resolveLadder } from "../src/index.js";
import { editedReport, hostileInputs, hostileReports, PAYLOADS } from "./helpers/hostile.js";
import { HOSTILE_COMPETENCY, loadHostile, loadSample, SAMPLE_PROFILES } from "./helpers/reports.js";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const ARTIFACTS = fileURLToPath(new URL("./artifacts/", import.meta.url));
// Under CI the browser must be there (its script installs it): a missing one fails the launch.
const skip = !existsSync(CHROMIUM) && !process.env.CI;
if (skip) console.warn(`browser tests skipped: no Chromium at ${CHROMIUM} (install it with 'apt-get install -y chromium' or set CHROMIUM_PATH)`);

let browser: Browser;
let page: Page;
let requests: string[];

/** Loads HTML into a fresh page whose every request is recorded and aborted. */
async function open(html: string): Promise<Page> {
  await page?.close();
  page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  requests = [];
  await page.route("**/*", (route) => {
    requests.push(route.request().url());
    return route.abort();
  });
  await page.setContent(html, { waitUntil: "load" });
  // Give any error handler or late load a chance to fire before the checks.
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 100)));
  return page;
}

describe.skipIf(skip)(`HTML reports in Chromium (${CHROMIUM})`, () => {
  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
    mkdirSync(ARTIFACTS, { recursive: true });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it("counts a request when a page makes one (the check below can see requests)", async () => {
    await open('<!doctype html><img src="http://example.invalid/x.png">');
    expect(requests).toEqual(["http://example.invalid/x.png"]);
  });

  it.each(SAMPLE_PROFILES)("renders the gap report of %s with a chart per target and no request", async (name) => {
    const report = (await loadSample(name)).report();
    const p = await open(renderGapReport(report, "html"));
    expect(await p.title()).toBe(`Gap report: ${report.person.name}, ${report.current.title} (${report.date})`);
    await expect(p.locator("h1").textContent()).resolves.toBe(report.person.name);
    expect(await p.locator("h1").isVisible()).toBe(true);
    const headings = p.locator("section.target > h2");
    expect(await headings.count()).toBe(report.targets.length);
    const charts = p.locator("svg.gap-chart");
    expect(await charts.count()).toBe(report.targets.length);
    for (const [i, target] of report.targets.entries()) {
      expect(await headings.nth(i).isVisible()).toBe(true);
      expect(await headings.nth(i).innerText()).toContain(target.level.title);
      const chart = charts.nth(i);
      expect(await chart.isVisible()).toBe(true);
      const box = (await chart.boundingBox())!;
      expect(box.width).toBeGreaterThan(600);
      expect(box.height).toBeGreaterThan(target.competencies.length * 20);
      expect(await chart.getAttribute("role")).toBe("img");
      expect(await chart.locator("title").first().textContent()).toContain(target.level.title);
      expect(await chart.locator("g.bar").count()).toBe(target.competencies.length);
      expect(await chart.locator('g.bar[data-status="unassessed"] rect[stroke-dasharray]').count()).toBe(target.readiness.unassessed);
      expect(await chart.locator("g.bar rect.assessed").count()).toBe(target.readiness.met + target.readiness.gaps);
      expect(await chart.locator("g.legend").isVisible()).toBe(true);
    }
    expect(requests).toEqual([]);
    if (name === "senior-at-fork") await p.screenshot({ path: `${ARTIFACTS}gap-report.png`, fullPage: true });
  });

  it("keeps hostile names inert text", async () => {
    const hostile = await loadHostile();
    const p = await open(renderGapReport(hostile.report(), "html"));
    // Expressions as strings: the tests compile without the DOM library, like the source.
    expect(await p.locator("img, script, iframe, object, embed").count()).toBe(0);
    expect(await p.evaluate("typeof window.__xss")).toBe("undefined");
    expect(await p.locator("table.competencies td.name").first().textContent()).toBe(HOSTILE_COMPETENCY);
    expect(await p.title()).toContain("| [link](http://evil) <script>");
    expect(await p.locator("svg.gap-chart g.bar text").first().textContent()).toBe(HOSTILE_COMPETENCY);
    expect(await p.locator("table.competencies").count()).toBe(2);
    expect(requests).toEqual([]);
    await p.screenshot({ path: `${ARTIFACTS}gap-report-hostile.png`, fullPage: true });
  });

  // Every free-text string of the ladder and the profile carries every payload of
  // test/helpers/hostile.ts: script, event handlers, javascript: URLs, svg onload, </style> and
  // </title>, CSS escapes, links, meta refresh, base, forms. With the page's Content-Security-Policy
  // and without it (so the escaping alone is tested): nothing runs, nothing loads, no element but ours.
  const reports = hostileReports();
  it.each([
    ["gap report", renderGapReport(reports.gap, "html")],
    ["gap report to a distant target", renderGapReport(reports.toTop, "html")],
    ["gap report stored and its dates edited", renderGapReport(editedReport(reports.toTop, (i) => `#${i} ${PAYLOADS.join(" ")}`), "html")],
    ["team report", renderTeamReport(reports.team, "html")],
  ])("runs and loads nothing from any string of a hostile %s, with and without its CSP", async (_, html) => {
    await expectInert(html, { elements: "script, iframe, img, link, base, form, object, embed", anchors: "#target-" }, async (p) => {
      expect(await p.locator("head > style").count()).toBe(1);
      expect(await p.evaluate("document.querySelectorAll('svg').length")).toBe(await p.locator("svg.gap-chart, svg.team-chart").count());
      expect(await p.title()).toMatch(/^(Gap|Team) report: /);
    });
  });

  it("runs and loads nothing from any string of a hostile ladder page, with and without its CSP", async () => {
    // Every free text of the ladder (names, titles, summaries, step words, labels) carries every payload.
    const html = renderLadder(resolveLadder(hostileInputs().ladder as Parameters<typeof resolveLadder>[0]), "html");
    await expectInert(html, { elements: "script, iframe, img, link, base, form, object, embed, svg", anchors: "#level-" }, async (p) => {
      expect(await p.locator("table.track-grid").count()).toBe(1);
    });
  });

  /**
   * Opens `html` with its Content-Security-Policy and without it (so the escaping alone is tested),
   * fires the events handlers wait for on every element, and checks that nothing ran, nothing
   * loaded, no element of `elements` and no handler attribute exists, every link starts with
   * `anchors`, and the payload is there as text; then runs the page's own `more` checks.
   */
  async function expectInert(html: string, { elements, anchors }: { elements: string; anchors: string }, more: (p: Page) => Promise<void>): Promise<void> {
    const withoutPolicy = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, "");
    expect(withoutPolicy).not.toBe(html);
    for (const page of [html, withoutPolicy]) {
      const p = await open(page);
      await p.evaluate("document.querySelectorAll('body *').forEach((e) => ['mouseover', 'click', 'focus', 'load', 'error'].forEach((t) => e.dispatchEvent(new Event(t))))");
      expect(await p.evaluate("typeof window.__xss")).toBe("undefined");
      expect(requests).toEqual([]);
      expect(await p.locator(`${elements}, meta[http-equiv=refresh], style:not(head > style)`).count()).toBe(0);
      expect(await p.evaluate("[...document.querySelectorAll('*')].flatMap((e) => [...e.attributes].map((a) => a.name)).filter((n) => n.startsWith('on')).length")).toBe(0);
      expect(await p.evaluate(`[...document.querySelectorAll('a')].map((a) => a.getAttribute('href')).filter((h) => !h.startsWith(${JSON.stringify(anchors)})).length`)).toBe(0);
      // The text is there, shown as text.
      expect(await p.locator("main").innerText()).toContain(`<script>window.__xss="script"</script>`);
      await more(p);
    }
  }

  it("prints without the screen decoration", async () => {
    const p = await open(renderGapReport((await loadSample("senior-at-fork")).report(), "html"));
    await p.emulateMedia({ media: "print" });
    expect(await p.evaluate('getComputedStyle(document.querySelector("main")).boxShadow')).toBe("none");
    // Each further target starts on a new page; the first follows the summary.
    expect(await p.evaluate('[...document.querySelectorAll("section.target")].map((s) => getComputedStyle(s).breakBefore)')).toEqual(["auto", "page"]);
  });

  it("renders the team report with its shared-gaps chart", async () => {
    const all = await Promise.all(SAMPLE_PROFILES.map(loadSample));
    const report = analyzeTeam(all[0]!.ladder, all.map((s) => s.profile));
    const p = await open(renderTeamReport(report, "html"));
    const chart = p.locator("svg.team-chart");
    expect(await chart.isVisible()).toBe(true);
    expect((await chart.boundingBox())!.height).toBeGreaterThan(0);
    expect(await chart.locator("g.bar").count()).toBe(report.sharedGaps.length);
    expect(await p.locator("h2").allInnerTexts()).toEqual(["Who is ready for what", "Shared gaps", "People per band", "People"]);
    expect(requests).toEqual([]);
    await p.screenshot({ path: `${ARTIFACTS}team-report.png`, fullPage: true });
  });

  /** A ladder file, resolved with what it extends. */
  async function ladderOf(path: string): Promise<ResolvedLadder> {
    const { ladder, diagnostics } = await loadLadder(path);
    if (!ladder) throw new Error(`${path}: ${JSON.stringify(diagnostics)}`);
    return ladder;
  }

  it("renders a ladder page with management and technical leadership as parallel columns that converge at the top", async () => {
    const ladder = await ladderOf("ladders/acme.yaml");
    const p = await open(renderLadder(ladder, "html"));
    expect(await p.title()).toBe("Acme engineering ladder (2026.2)");
    expect(await p.locator("table.track-grid thead th.track").allInnerTexts()).toEqual(["MANAGEMENT", "TECHNICAL LEADERSHIP"]);
    const box = async (level: string) => {
      const cell = p.locator(`table.track-grid td[data-level="${level}"]`);
      expect(await cell.isVisible(), level).toBe(true);
      return (await cell.boundingBox())!;
    };
    // Each management level has its technical peer of equal band on the same row, to its right.
    const pairs = [["engineering-manager", "lead-engineer"], ["senior-engineering-manager", "architect"], ["director-of-engineering", "principal-architect"], ["vp-engineering", "director-of-architecture"]];
    let above = Infinity;
    for (const [manager, technical] of pairs) {
      const [m, t] = [await box(manager!), await box(technical!)];
      expect(Math.abs(m.y - t.y), `${manager} beside ${technical}`).toBeLessThan(1);
      expect(m.x + m.width).toBeLessThanOrEqual(t.x);
      expect(Math.min(m.width, t.width)).toBeGreaterThan(250);
      expect(m.y).toBeLessThan(above); // higher bands above
      above = m.y;
    }
    // The CTO spans both columns above them; the trunk spans both below.
    const [vp, dir, cto, senior, em] = await Promise.all(["vp-engineering", "director-of-architecture", "cto", "senior-engineer", "engineering-manager"].map(box));
    expect(cto!.y + cto!.height).toBeLessThanOrEqual(vp!.y);
    expect(cto!.x).toBeLessThanOrEqual(vp!.x);
    expect(cto!.x + cto!.width).toBeGreaterThanOrEqual(dir!.x + dir!.width);
    expect(senior!.y).toBeGreaterThanOrEqual(em!.y + em!.height);
    expect(senior!.width).toBeGreaterThanOrEqual(cto!.width - 1);
    expect(await p.locator("table.track-grid td.level a").first().textContent()).toBe("Chief Technology Officer");
    expect(await p.locator("article.level-card").count()).toBe(ladder.levels.length);
    expect(await p.locator("table.matrix").count()).toBe(ladder.tracks.length);
    expect(requests).toEqual([]);
    await p.screenshot({ path: `${ARTIFACTS}ladder.png`, fullPage: true });
    await p.emulateMedia({ media: "print" });
    expect(await p.evaluate('getComputedStyle(document.querySelector("main")).boxShadow')).toBe("none");
    expect(await p.evaluate('[...document.querySelectorAll("section.part")].map((s) => getComputedStyle(s).breakBefore)')).toEqual(["page", "page", "page"]);
  });

  it("keeps a hostile title and track name inert text on a ladder page", async () => {
    const ladder = await ladderOf("test/fixtures/hostile/extends-title.yaml");
    const p = await open(renderLadder(ladder, "html"));
    expect(await p.locator("img, script, iframe, object, embed").count()).toBe(0);
    expect(await p.evaluate("typeof window.__xss")).toBe("undefined");
    const title = ladder.levelById.get("manager")!.title;
    expect(await p.locator('table.track-grid td[data-level="manager"] a').textContent()).toBe(title);
    expect(await p.locator("#level-manager h4").textContent()).toContain(title);
    expect(await p.locator('table.track-grid th[data-track="management"]').textContent()).toBe("</table><b>Management</b>");
    expect(await p.locator("table.track-grid").count()).toBe(1);
    expect(requests).toEqual([]);
    await p.screenshot({ path: `${ARTIFACTS}ladder-hostile.png`, fullPage: true });
  });
});
