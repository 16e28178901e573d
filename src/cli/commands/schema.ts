import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { UsageError, type CliIO } from "../io.js";

/** The schemas the package ships, by the name the command takes. */
const SCHEMAS = ["ladder", "profile", "ladder-extension"] as const;

export const schemaUsage = `Usage: ladderkit schema [${SCHEMAS.join("|")}]

Prints the JSON Schema of a ladder (default), a profile document, or a ladder that extends
another (ladder-extension).`;

/** The package's schema folder: next to dist/ when built, two levels up from src/cli/commands in development. */
function schemaFile(name: string): string | undefined {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 4; i++, dir = dirname(dir)) {
    const path = join(dir, "schema", `${name}.schema.json`);
    if (existsSync(path)) return path;
  }
  return undefined;
}

/** `ladderkit schema`: prints the committed JSON Schema. */
export async function schema(args: string[], io: CliIO): Promise<number> {
  if (args.includes("-h") || args.includes("--help")) {
    io.stdout(`${schemaUsage}\n`);
    return 0;
  }
  const [name = "ladder", ...rest] = args;
  if (rest.length > 0 || !(SCHEMAS as readonly string[]).includes(name)) throw new UsageError(`expected one of ${SCHEMAS.join(", ")}, got '${args.join(" ")}'`);
  const path = schemaFile(name);
  if (!path) {
    io.stderr(`ladderkit: the ${name} schema file is missing from the installation\n`);
    return 2;
  }
  io.stdout(readFileSync(path, "utf8"));
  return 0;
}
