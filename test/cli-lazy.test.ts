import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { formatterLoaders } from "../src/cli/formatters.js";
import { gapRendererLoaders, teamRendererLoaders } from "../src/cli/renderers.js";
import { formatters } from "../src/report/diagnostics/index.js";
import { gapRenderers, teamRenderers } from "../src/report/gap/index.js";
import { runTracing } from "./helpers/trace-cli.js";

/** A line of the HTML reports' style sheet (src/report/gap/html-style.ts): in no file `validate` loads. */
const HTML_CSS = "--met-bg: #dcfce7";
/** Module markers esbuild writes in the unminified CLI chunks, one per rarely used format. */
const LAZY_MODULES = [
  "src/report/gap/html.ts",
  "src/report/ladder/html.ts",
  "src/report/ladder/markdown.ts",
  "src/gap/explain.ts",
  "src/report/gap/html-style.ts",
  "src/report/gap/markdown.ts",
  "src/report/diagnostics/sarif.ts",
  "src/report/diagnostics/junit.ts",
  "src/report/diagnostics/markdown.ts",
  "src/gap/analyze-gap.ts",
  "src/diff/diff-ladders.ts",
  "src/csv/import.ts",
  "src/case/package.ts",
];

const contains = (files: string[], text: string) => files.filter((file) => readFileSync(file, "utf8").includes(text));

describe("the CLI loads rarely used formats lazily", () => {
  it("is split into dist/cli.cjs and chunks, with the HTML renderer outside dist/cli.cjs", () => {
    const chunks = readdirSync("dist/_cli").filter((name) => name.endsWith(".cjs")).map((name) => join("dist/_cli", name));
    expect(chunks.length).toBeGreaterThan(1);
    expect(readFileSync("dist/cli.cjs", "utf8")).not.toContain(HTML_CSS);
    expect(contains(chunks, HTML_CSS)).toHaveLength(1);
    // The markers the next test looks for are there to be found, each in a chunk of its own.
    for (const module of LAZY_MODULES) expect(contains(chunks, `// ${module}\n`), module).toHaveLength(1);
  });

  it("`validate` loads neither the gap analysis nor the HTML, Markdown, SARIF or JUnit formats", () => {
    const { status, stdout, loaded } = runTracing(["validate", "ladders/dual-track.yaml"]);
    expect(status, stdout).toBe(0);
    expect(loaded).toContain(resolve("dist/cli.cjs"));
    expect(loaded.length).toBeGreaterThan(2); // the trace saw the chunks too
    expect(contains(loaded, HTML_CSS)).toEqual([]);
    for (const module of LAZY_MODULES) expect(contains(loaded, `// ${module}\n`), module).toEqual([]);
  });

  it("`--version` loads no command and no dependency", () => {
    const { status, loaded } = runTracing(["--version"]);
    expect(status).toBe(0);
    expect(loaded).toContain(resolve("dist/cli.cjs"));
    expect(contains(loaded, "// node_modules/")).toEqual([]);
    expect(contains(loaded, "// src/cli/commands/")).toEqual([]);
  });

  it("`gap --format html` loads the HTML renderer and writes a whole page", () => {
    const { status, stdout, loaded } = runTracing(["gap", "--profile", "ladders/profiles/senior-at-fork.yaml", "--format", "html"]);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^<!doctype html>/i);
    expect(stdout.trimEnd()).toMatch(/<\/html>$/);
    expect(contains(loaded, HTML_CSS)).toHaveLength(1);
  });

  it.each([
    ["team", ["team", "ladders/profiles", "--ladder", "ladders/dual-track.yaml", "--format", "html"], /^<!doctype html>/i],
    ["sarif", ["validate", "ladders/dual-track.yaml", "--format", "sarif"], /"version": "2\.1\.0"/],
    ["junit", ["validate", "ladders/dual-track.yaml", "--format", "junit"], /<testsuites /],
    ["markdown", ["validate", "ladders/dual-track.yaml", "--format", "markdown"], /No problems found/],
    ["render html", ["render", "ladders/acme.yaml", "--format", "html"], /^<!doctype html>[\s\S]*<\/html>\n$/i],
    ["render markdown", ["render", "ladders/acme.yaml"], /^# Acme engineering ladder\n/],
    ["explain", ["explain", "ladders/acme.yaml", "architect", "--format", "markdown"], /^# What is new at Principal Engineer/],
  ])("a lazily loaded format works from dist: %s", (_, args, expected) => {
    const { status, stdout } = runTracing(args);
    expect(status, stdout).toBe(0);
    expect(stdout).toMatch(expected);
  });
});

describe("the CLI's format loaders", () => {
  it("name the same formats, in the same order, as the registries", () => {
    expect(Object.keys(formatterLoaders)).toEqual(Object.keys(formatters));
    expect(Object.keys(gapRendererLoaders)).toEqual(Object.keys(gapRenderers));
    expect(Object.keys(teamRendererLoaders)).toEqual(Object.keys(teamRenderers));
  });

  it("load the very functions the registries hold", async () => {
    for (const [name, load] of Object.entries(formatterLoaders)) expect(await load(), name).toBe(formatters[name as keyof typeof formatters]);
    for (const [name, load] of Object.entries(gapRendererLoaders)) expect(await load(), name).toBe(gapRenderers[name as keyof typeof gapRenderers]);
    for (const [name, load] of Object.entries(teamRendererLoaders)) expect(await load(), name).toBe(teamRenderers[name as keyof typeof teamRenderers]);
  });
});
