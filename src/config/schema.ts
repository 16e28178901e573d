import * as z from "zod";
import { ApiVersionSchema } from "../model/common.js";
import { RULE_SETTINGS } from "../validate/settings.js";

// Kept apart so that finding a config (the CLI does it for every file) builds no zod schema.
export { CONFIG_FILENAMES } from "./filenames.js";

/** What a rule may be set to in a config (and in the API's `rules` option): a severity, `warn` (short for `warning`), or `off`. */
export const CONFIG_SEVERITIES = RULE_SETTINGS;

/** A rule's setting as written in a config file. */
export type ConfigSeverity = (typeof CONFIG_SEVERITIES)[number];

/**
 * `.ladderkit.yaml`: per-project settings, found by walking up from each validated file. Rule ids
 * are checked against the registry apart from the schema, so an unknown one gets a did-you-mean.
 *
 * @example
 * ConfigSchema.parse({ apiVersion: "ladderkit/v1", kind: "Config", rules: { "duplicate-title": "off" } });
 */
export const ConfigSchema = z
  .strictObject({
    apiVersion: ApiVersionSchema,
    kind: z.literal("Config").meta({ description: "Always 'Config'." }),
    rules: z
      .record(z.string(), z.enum(CONFIG_SEVERITIES))
      // `rules:` with every entry commented out is null: as good as no rules.
      .nullable()
      .optional()
      .meta({ description: "Severity per rule id: error, warn (or warning), info or off. Rules left out keep their default." }),
  })
  .meta({ description: "ladderkit settings for the files in this folder and below." });

/**
 * A config file as written.
 *
 * @interface
 */
export type ConfigFile = z.infer<typeof ConfigSchema>;
