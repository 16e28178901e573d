import { json } from "./json.js";
import { stylish } from "./stylish.js";
import type { Formatter } from "./types.js";

/** Diagnostics formatters by name. */
export const formatters = { stylish, json } satisfies Record<string, Formatter>;

/** The name of a diagnostics output format. */
export type DiagnosticsFormat = keyof typeof formatters;
