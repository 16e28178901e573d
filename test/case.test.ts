import { readFileSync } from "node:fs";
import Ajv2019 from "ajv/dist/2019.js";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { CASE_NAMESPACE, URL_NAMESPACE, uuidv5 } from "../src/case/uuid.js";
import { ladderToCase, loadLadder, type CasePackage } from "../src/index.js";
import { runCli } from "./helpers/cli.js";

const schema = JSON.parse(readFileSync("test/fixtures/case/cfpackage-v1p1.schema.json", "utf8"));
const ajv = new Ajv2019.default({ allErrors: true, strict: true });
addFormats.default(ajv);
const validate = ajv.compile(schema);

const SAMPLES = ["dual-track", "small-company", "large-company"] as const;
const load = async (path: string) => (await loadLadder(path)).ladder!;
const dual = await load("ladders/dual-track.yaml");

describe("uuidv5", () => {
  it.each([
    // RFC 9562, appendix A.4: the DNS namespace and www.example.com.
    ["6ba7b810-9dad-11d1-80b4-00c04fd430c8", "www.example.com", "2ed6657d-e927-568b-95e1-2665a8aea6a2"],
    // Python's uuid documentation: uuid5(NAMESPACE_DNS, 'python.org').
    ["6ba7b810-9dad-11d1-80b4-00c04fd430c8", "python.org", "886313e1-3b8a-5372-9b90-0c9aee199e5d"],
  ])("matches the known vector for %s / %s", (namespace, name, expected) => {
    expect(uuidv5(name, namespace)).toBe(expected);
  });

  it("gives ladderkit's namespace from its URN, and refuses a namespace that is not a UUID", () => {
    expect(uuidv5("urn:ladderkit:case", URL_NAMESPACE)).toBe(CASE_NAMESPACE);
    expect(() => uuidv5("x", "not-a-uuid")).toThrow(/not a UUID/);
  });
});

describe("ladderToCase", () => {
  it.each(SAMPLES)("%s is a valid CASE 1.1 package", async (name) => {
    const pkg = ladderToCase(await load(`ladders/${name}.yaml`));
    const valid = validate(JSON.parse(JSON.stringify(pkg)));
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it("fails the schema where it should (so the test above can fail)", () => {
    const pkg = JSON.parse(JSON.stringify(ladderToCase(dual))) as { CFDocument: Record<string, unknown>; CFAssociations: Record<string, unknown>[] };
    delete pkg.CFDocument.creator;
    pkg.CFAssociations[0]!.associationType = "isParentOf";
    expect(validate(pkg)).toBe(false);
    expect(validate.errors!.map((e) => e.instancePath)).toEqual(expect.arrayContaining(["/CFDocument", "/CFAssociations/0/associationType"]));
  });

  const pkg = ladderToCase(dual);
  const items = new Map(pkg.CFItems.map((i) => [i.identifier, i]));

  it("has an item per track, level, category and competency, each linked to the document", () => {
    const count = (type: string) => pkg.CFItems.filter((i) => i.CFItemType === type).length;
    expect([count("Track"), count("Level"), count("Category"), count("Competency")]).toEqual([dual.tracks.length, dual.levels.length, dual.categories.length, dual.competencies.length]);
    expect(pkg.CFItems.every((i) => i.CFDocumentURI.identifier === pkg.CFDocument.identifier)).toBe(true);
    expect(pkg.CFItems.find((i) => i.humanCodingScheme === "architect")).toMatchObject({ abbreviatedStatement: "Architect", listEnumeration: "2", notes: expect.stringMatching(/^Band 5\./) });
  });

  it("relates levels by hierarchy, by promotion order and by equal band across tracks", () => {
    const named = (type: string) =>
      pkg.CFAssociations.filter((a) => a.associationType === type).map((a) => [a.originNodeURI.title, a.destinationNodeURI.title]);
    expect(named("precedes")).toEqual(expect.arrayContaining([["Senior Software Engineer", "Engineering Manager"], ["Senior Software Engineer", "Lead Engineer"], ["Director of Architecture", "Chief Technology Officer"]]));
    expect(named("precedes")).toHaveLength(dual.moves.filter((m) => m.kind !== "switch").length);
    expect(named("isPeerOf")).toEqual([
      ["Engineering Manager", "Lead Engineer"],
      ["Senior Engineering Manager", "Architect"],
      ["Director of Engineering", "Principal Architect"],
      ["VP of Engineering", "Director of Architecture"],
    ]);
    expect(named("isChildOf")).toContainEqual(["Architect", "Technical leadership"]);
    const known = new Set([...items.keys(), pkg.CFDocument.identifier]);
    for (const a of pkg.CFAssociations) expect([known.has(a.originNodeURI.identifier), known.has(a.destinationNodeURI.identifier)]).toEqual([true, true]);
  });

  it("has a rubric per level: a criterion per expected competency, the scale as its levels", () => {
    expect(pkg.CFRubrics).toHaveLength(dual.levels.length);
    const architect = pkg.CFRubrics.find((r) => r.title === "Architect: expectations")!;
    const design = architect.CFRubricCriteria.find((c) => c.category === "System design")!;
    expect(design.description).toBe("Expected: Leader. Owns the architecture of a product area and how it fits the problem domain.");
    expect(items.get(design.CFItemURI.identifier)?.humanCodingScheme).toBe("system-design");
    expect(design.weight).toBe(1.5);
    expect(design.CFRubricCriterionLevels.map((l) => [l.quality, l.score])).toEqual([["Learning", 1], ["Developing", 2], ["Practitioner", 3], ["Expert", 4], ["Leader", 5]]);
    expect(architect.CFRubricCriteria).toHaveLength(dual.levelById.get("architect")!.expectations.size);
  });

  it("uses identifiers that are unique, and the same across runs and across versions of the ladder", async () => {
    const all = (p: CasePackage) => [p.CFDocument.identifier, ...p.CFItems.map((i) => i.identifier), ...p.CFAssociations.map((a) => a.identifier), ...p.CFRubrics.flatMap((r) => [r.identifier, ...r.CFRubricCriteria.flatMap((c) => [c.identifier, ...c.CFRubricCriterionLevels.map((l) => l.identifier)])])];
    expect(new Set(all(pkg)).size).toBe(all(pkg).length);
    const v2 = ladderToCase(await load("test/fixtures/diff/dual-track-v2.yaml"));
    const cto = (p: CasePackage) => p.CFItems.find((i) => i.humanCodingScheme === "cto")!.identifier;
    expect(cto(v2)).toBe(cto(pkg));
    expect(v2.CFDocument.identifier).toBe(pkg.CFDocument.identifier);
  });

  it("dates every object from the option or the version, never the clock: same ladder, same bytes", () => {
    expect(JSON.stringify(ladderToCase(dual))).toBe(JSON.stringify(pkg));
    expect(pkg.CFDocument.lastChangeDateTime).toBe("2026-01-01T00:00:00Z");
    const dated = ladderToCase(dual, { lastChange: "2026-04-01", baseUri: "https://ladders.example.com/case/", creator: "Example Corp" });
    expect(dated.CFItems.every((i) => i.lastChangeDateTime === "2026-04-01T00:00:00Z")).toBe(true);
    expect(dated.CFDocument).toMatchObject({ creator: "Example Corp", uri: `https://ladders.example.com/case/${pkg.CFDocument.identifier}` });
    expect(validate(JSON.parse(JSON.stringify(dated)))).toBe(true);
  });
});

describe("ladderkit export --format case", () => {
  it("prints the package as JSON, identical from run to run", async () => {
    const first = await runCli(["export", "ladders/small-company.yaml", "--format", "case", "--date", "2026-04-01T09:30:00Z"]);
    const second = await runCli(["export", "ladders/small-company.yaml", "--format", "case", "--date", "2026-04-01T09:30:00Z"]);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toBe(second.stdout);
    expect(validate(JSON.parse(first.stdout))).toBe(true);
    expect(JSON.parse(first.stdout).CFDocument.lastChangeDateTime).toBe("2026-04-01T09:30:00Z");
  });
});
