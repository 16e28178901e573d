import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { rules } from "../src/index.js";

const readme = readFileSync("README.md", "utf8");

describe("README", () => {
  it("opens with the two commands a newcomer runs", () => {
    const lines = readme.split("\n");
    const commands = lines.filter((line) => line.startsWith("npm ci && "));
    expect(commands.slice(0, 2)).toEqual(["npm ci && npm run demo", "npm ci && npm test"]);
    expect(lines.indexOf("npm ci && npm run demo")).toBeLessThan(10);
  });

  it("lists every rule with its severity and description, and no rule that does not exist", () => {
    const rows = [...readme.matchAll(/^\| `([a-z-]+)` \| (error|warning|info) \| (.+) \|$/gm)].map((m) => [m[1], m[2], m[3]]);
    expect(rows).toEqual(Object.values(rules).map((rule) => [rule.id, rule.meta.severity, rule.meta.description]));
  });

  it("names the package scripts it tells people to run", () => {
    const scripts = (JSON.parse(readFileSync("package.json", "utf8")) as { scripts: Record<string, string> }).scripts;
    for (const [, script] of readme.matchAll(/`npm run ([a-z]+)`/g)) expect(Object.keys(scripts)).toContain(script);
  });
});
