import { github } from "./github.js";
import { json } from "./json.js";
import { junit } from "./junit.js";
import { markdown } from "./markdown.js";
import { sarif } from "./sarif.js";
import { stylish } from "./stylish.js";
import type { Formatter } from "./types.js";

/** Diagnostics formatters by name: `stylish` for terminals, the rest for machines and CI. */
export const formatters = { stylish, json, github, sarif, junit, markdown } satisfies Record<string, Formatter>;

/** The name of a diagnostics output format. */
export type DiagnosticsFormat = keyof typeof formatters;
