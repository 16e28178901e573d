import { describe, expectTypeOf, it } from "vitest";
import type * as z from "zod";
import {
  type Diagnostic,
  type GapReport,
  type Ladder,
  type LadderResult,
  LadderSchema,
  type Profile,
  ProfileSchema,
  type ResolvedLadder,
  type Severity,
  type TrackKind,
  analyzeGap,
  parseLadder,
  validateLadder,
} from "../src/index.js";

describe("exported types", () => {
  it("are the types zod infers from the exported schemas", () => {
    expectTypeOf<Ladder>().toEqualTypeOf<z.infer<typeof LadderSchema>>();
    expectTypeOf<Profile>().toEqualTypeOf<z.infer<typeof ProfileSchema>>();
  });

  it("model the dual-track concepts", () => {
    expectTypeOf<TrackKind>().toEqualTypeOf<"individual-contributor" | "management" | "technical-leadership" | "executive">();
    expectTypeOf<Ladder["tracks"][number]["levels"][number]["band"]>().toEqualTypeOf<number>();
    expectTypeOf<Ladder["tracks"][number]["branchesFrom"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Profile["ratings"][string]>().toMatchTypeOf<string | { agreed?: string | undefined }>();
  });

  it("keep diagnostics plain data with a closed severity", () => {
    expectTypeOf<Severity>().toEqualTypeOf<"error" | "warning" | "info">();
    expectTypeOf<Diagnostic["line"]>().toEqualTypeOf<number | undefined>();
    expectTypeOf<Diagnostic>().not.toMatchTypeOf<Error>();
  });

  it("give the entry points their signatures", () => {
    expectTypeOf(parseLadder).parameter(0).toEqualTypeOf<string>();
    expectTypeOf(parseLadder).returns.toEqualTypeOf<LadderResult>();
    expectTypeOf(validateLadder).parameter(0).toEqualTypeOf<unknown>();
    expectTypeOf<LadderResult["ladder"]>().toEqualTypeOf<ResolvedLadder | undefined>();
    expectTypeOf(analyzeGap).parameters.toMatchTypeOf<[ResolvedLadder, Profile, ...unknown[]]>();
    expectTypeOf(analyzeGap).returns.toEqualTypeOf<GapReport>();
    expectTypeOf<GapReport["targets"][number]["competencies"][number]["status"]>().toEqualTypeOf<
      "met" | "gap" | "unassessed" | "not-applicable"
    >();
  });
});
