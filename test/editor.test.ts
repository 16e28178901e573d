// The committed JSON Schema in a real editor: yaml-language-server (what the VS Code YAML extension
// runs) over stdio, spoken to by hand, on a sample that references the schema by its modeline.
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseLadder } from "../src/index.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const SERVER = "node_modules/yaml-language-server/bin/yaml-language-server";
const FIXTURE = "test/fixtures/editor/misspelt.yaml";
/** How long one answer may take; the first validation also reads and compiles the schema. */
const WAIT_MS = 15_000;

interface Position {
  readonly line: number;
  readonly character: number;
}
interface LspDiagnostic {
  readonly range: { readonly start: Position; readonly end: Position };
  readonly message: string;
  readonly severity?: number;
  readonly source?: string;
  readonly data?: { readonly schemaUri?: readonly string[] };
}
interface CompletionItem {
  readonly label: string;
}
interface Message {
  readonly id?: number | string;
  readonly method?: string;
  readonly params?: unknown;
  readonly result?: unknown;
  readonly error?: { readonly code: number; readonly message: string };
}

/** A minimal LSP client: Content-Length framing, requests by id, and a log of notifications. */
class LspClient {
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  private readonly waiters = new Set<() => void>();
  /** Every notification from the server, in order. */
  readonly notifications: Message[] = [];
  stderr = "";

  constructor(private readonly server: ChildProcessWithoutNullStreams) {
    server.stdout.on("data", (chunk: Buffer) => this.receive(chunk));
    server.stderr.on("data", (chunk: Buffer) => (this.stderr += chunk.toString("utf8")));
    server.on("error", (error) => (this.stderr += `spawn failed: ${error.message}\n`));
    server.on("exit", (code, signal) => {
      for (const { reject } of this.pending.values()) reject(new Error(`server exited (${code ?? signal}): ${this.stderr}`));
      this.pending.clear();
    });
  }

  private send(message: object): void {
    const body = Buffer.from(JSON.stringify({ jsonrpc: "2.0", ...message }), "utf8");
    this.server.stdin.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, "ascii"), body]));
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf("\r\n\r\n");
      if (headerEnd < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString("ascii"))?.[1]);
      // Content-Length counts bytes, not characters.
      if (this.buffer.length < headerEnd + 4 + length) return;
      const message = JSON.parse(this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString("utf8")) as Message;
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      this.dispatch(message);
    }
  }

  private dispatch(message: Message): void {
    if (message.method !== undefined && message.id !== undefined) {
      // A request from the server: answer so it does not wait. Settings are pushed, not pulled.
      const result = message.method === "workspace/configuration" ? (message.params as { items: unknown[] }).items.map(() => null) : null;
      this.send({ id: message.id, result });
    } else if (message.method !== undefined) {
      this.notifications.push(message);
      for (const wake of this.waiters) wake();
    } else if (typeof message.id === "number") {
      const pending = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (message.error) pending?.reject(new Error(`LSP error ${message.error.code}: ${message.error.message}`));
      else pending?.resolve(message.result);
    }
  }

  request<T>(method: string, params: unknown, timeout = WAIT_MS): Promise<T> {
    const id = this.nextId++;
    this.send({ id, method, params });
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`no answer to ${method} within ${timeout} ms; server stderr:\n${this.stderr}`));
      }, timeout);
      this.pending.set(id, {
        resolve: (value) => (clearTimeout(timer), resolve(value as T)),
        reject: (error) => (clearTimeout(timer), reject(error)),
      });
    });
  }

  notify(method: string, params: unknown): void {
    this.send({ method, params });
  }

  /** The first notification, already received or still to come, that `accept` returns a value for. */
  waitFor<T>(what: string, accept: (message: Message) => T | undefined, timeout = WAIT_MS): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const check = (): boolean => {
        for (const message of this.notifications) {
          const value = accept(message);
          if (value !== undefined) {
            cleanup();
            resolve(value);
            return true;
          }
        }
        return false;
      };
      const timer = setTimeout(() => {
        cleanup();
        const seen = this.notifications.map((n) => `${n.method} ${JSON.stringify(n.params)}`).join("\n");
        reject(new Error(`timed out after ${timeout} ms waiting for ${what}; notifications so far:\n${seen}\nserver stderr:\n${this.stderr}`));
      }, timeout);
      const wake = (): void => void check();
      const cleanup = (): void => {
        clearTimeout(timer);
        this.waiters.delete(wake);
      };
      if (!check()) this.waiters.add(wake);
    });
  }
}

const uri = (path: string): string => pathToFileURL(`${ROOT}${path}`).href;

let server: ChildProcessWithoutNullStreams | undefined;
let client: LspClient;

/** Opens a document (it need not exist on disk: the modeline is resolved against its URI). */
function open(path: string, text: string): string {
  const documentUri = uri(path);
  client.notify("textDocument/didOpen", { textDocument: { uri: documentUri, languageId: "yaml", version: 1, text } });
  return documentUri;
}

/** The labels the server offers at a position. */
async function completionLabels(documentUri: string, position: Position): Promise<string[]> {
  const result = await client.request<CompletionItem[] | { items: CompletionItem[] } | null>("textDocument/completion", {
    textDocument: { uri: documentUri },
    position,
  });
  const items = Array.isArray(result) ? result : (result?.items ?? []);
  return items.map((item) => item.label).sort();
}

beforeAll(async () => {
  if (!existsSync(`${ROOT}${SERVER}`)) throw new Error(`${SERVER} is missing: run npm install (it is a devDependency)`);
  server = spawn(process.execPath, [SERVER, "--stdio"], { cwd: ROOT, stdio: ["pipe", "pipe", "pipe"] });
  client = new LspClient(server);
  await client.request("initialize", {
    processId: process.pid,
    rootUri: pathToFileURL(ROOT).href,
    workspaceFolders: [{ uri: pathToFileURL(ROOT).href, name: "ladderkit" }],
    capabilities: {
      textDocument: {
        publishDiagnostics: { relatedInformation: false },
        completion: { completionItem: { snippetSupport: true } },
      },
    },
  });
  client.notify("initialized", {});
  client.notify("workspace/didChangeConfiguration", {
    // No network: the schema is a local file, and the schema store is not consulted.
    settings: { yaml: { validate: true, completion: true, hover: true, schemas: {}, schemaStore: { enable: false } } },
  });
}, 30_000);

afterAll(async () => {
  if (!server || server.exitCode !== null) return;
  const exited = new Promise((resolve) => server!.once("exit", resolve));
  try {
    await client.request("shutdown", null, 2_000);
    client.notify("exit", null);
  } catch {
    // Killed below either way.
  }
  const timer = setTimeout(() => server!.kill("SIGKILL"), 2_000);
  await exited;
  clearTimeout(timer);
});

describe("yaml-language-server with the committed ladder schema", () => {
  it("reports the misspelt key and the wrong type at their lines", async () => {
    const text = readFileSync(`${ROOT}${FIXTURE}`, "utf8");
    const documentUri = open(FIXTURE, text);
    // 0-based LSP lines of the lines the fixture marks `# editor:`.
    const marked = text.split("\n").flatMap((line, i) => (/# editor:/.test(line) ? [i] : []));
    expect(marked).toHaveLength(2);
    const [misspelt, wrongType] = marked as [number, number];

    const diagnostics = await client.waitFor(`publishDiagnostics for ${FIXTURE} on lines ${misspelt} and ${wrongType}`, (n) => {
      const params = n.params as { uri: string; diagnostics: LspDiagnostic[] } | undefined;
      if (n.method !== "textDocument/publishDiagnostics" || params?.uri !== documentUri) return undefined;
      const lines = params.diagnostics.map((d) => d.range.start.line);
      return lines.includes(misspelt) && lines.includes(wrongType) ? params.diagnostics : undefined;
    });
    const lines = text.split("\n");
    const at = (d: LspDiagnostic): string => `${d.range.start.line}:${d.range.start.character} ${d.message}`;
    expect(diagnostics.map(at)).toEqual([
      // The level without `title` is reported at its first key, as ladderkit reports it.
      `${misspelt - 1}:8 Missing property "title".`,
      `${misspelt}:${lines[misspelt]!.indexOf("titel")} Property titel is not allowed.`,
      `${wrongType}:${lines[wrongType]!.indexOf('"three"')} Incorrect type. Expected "integer".`,
    ]);
    expect(diagnostics.every((d) => d.severity === 1)).toBe(true);
    // The schema was found through the modeline, not guessed or fetched.
    for (const d of diagnostics) expect(d.data?.schemaUri).toEqual([uri("schema/ladder.schema.json")]);
    // The editor and `ladderkit validate` point at the same places (LSP is 0-based, ladderkit 1-based).
    const ours = parseLadder(text, { filename: FIXTURE }).diagnostics;
    expect(ours.map((d) => `${d.rule} ${d.line! - 1}:${d.column! - 1}`)).toEqual(
      diagnostics.map((d) => `schema ${d.range.start.line}:${d.range.start.character}`),
    );
  });

  it("completes a level's keys inside a level mapping", async () => {
    const text = `${readFileSync(`${ROOT}${FIXTURE}`, "utf8")}      - id: staff\n        \n`;
    const cursor = { line: text.split("\n").length - 2, character: 8 };
    const labels = await completionLabels(open("test/fixtures/editor/completion-level.yaml", text), cursor);
    expect(labels).toEqual(expect.arrayContaining(["title", "band", "summary", "scope", "top", "expectations"]));
    // Keys already in the mapping, and keys of other objects, are not offered.
    expect(labels).not.toContain("id");
    expect(labels).not.toContain("tracks");
  });

  it("completes the ladder's keys at the root", async () => {
    const text = "# yaml-language-server: $schema=../../../schema/ladder.schema.json\napiVersion: ladderkit/v1\nkind: Ladder\n\n";
    const labels = await completionLabels(open("test/fixtures/editor/completion-root.yaml", text), { line: 3, character: 0 });
    expect(labels).toEqual(expect.arrayContaining(["id", "name", "version", "scale", "categories", "competencies", "tracks"]));
    expect(labels).not.toContain("apiVersion");
    expect(labels).not.toContain("title");
  });

  it("checks a ladder that extends another against the extension schema its modeline names", async () => {
    const path = "ladders/acme.yaml";
    const text = `${readFileSync(`${ROOT}${path}`, "utf8")}  levle: [engineer-1]\n`;
    const line = text.split("\n").length - 2;
    const documentUri = open("ladders/acme-editor.yaml", text);
    const diagnostics = await client.waitFor(`publishDiagnostics for acme-editor.yaml on line ${line}`, (n) => {
      const params = n.params as { uri: string; diagnostics: LspDiagnostic[] } | undefined;
      if (n.method !== "textDocument/publishDiagnostics" || params?.uri !== documentUri) return undefined;
      return params.diagnostics.some((d) => d.range.start.line === line) ? params.diagnostics : undefined;
    });
    // Only the misspelt key: `extends`, `remove` and the partial overrides are what the schema expects.
    expect(diagnostics.map((d) => `${d.range.start.line}:${d.range.start.character} ${d.message}`)).toEqual([`${line}:2 Property levle is not allowed.`]);
    for (const d of diagnostics) expect(d.data?.schemaUri).toEqual([uri("schema/ladder-extension.schema.json")]);
  });
});
