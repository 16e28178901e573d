import { describe, expect, it } from "vitest";
import { neutralise, restore } from "../src/csv/neutralise.js";
import { csvField, parseCsv, writeCsv } from "../src/csv/rfc4180.js";

const texts = (input: string) => {
  const parsed = parseCsv(input);
  if ("error" in parsed) throw new Error(parsed.error.message);
  return parsed.rows.map((r) => r.cells.map((c) => c.text));
};

describe("parseCsv (RFC 4180)", () => {
  it.each<[string, string, string[][]]>([
    ["plain fields, CRLF", "a,b\r\nc,d\r\n", [["a", "b"], ["c", "d"]]],
    ["LF and a lone CR end records too", "a,b\nc,d\re,f", [["a", "b"], ["c", "d"], ["e", "f"]]],
    ["no newline at the end", "a,b", [["a", "b"]]],
    ["empty fields", "a,,c,\r\n", [["a", "", "c", ""]]],
    ["a quoted comma", '"a,b",c\r\n', [["a,b", "c"]]],
    ["a doubled quote", '"say ""hi""",x\r\n', [['say "hi"', "x"]]],
    ["line breaks inside quotes", '"one\r\ntwo\nthree",x\r\n', [["one\r\ntwo\nthree", "x"]]],
    ["an empty quoted field", '"",x\r\n', [["", "x"]]],
    ["a byte order mark is skipped", "\ufeffid,name\r\n", [["id", "name"]]],
    ["blank lines are left out", "a\r\n\r\n,\r\nb\r\n", [["a"], ["b"]]],
    ["UTF-8 text as it is", "Zoë,日本,🙂\r\n", [["Zoë", "日本", "🙂"]]],
  ])("%s", (_, input, rows) => {
    expect(texts(input)).toEqual(rows);
  });

  it("gives each cell its 1-based line and column", () => {
    const parsed = parseCsv('id,name\r\nx,"two\nlines",z\r\n');
    expect("rows" in parsed && parsed.rows[1]!.cells.map((c) => [c.line, c.column])).toEqual([[2, 1], [2, 3], [3, 8]]);
  });

  it.each<[string, string, [number, number], RegExp]>([
    ["an unclosed quote, at the quote", 'a,b\r\nc,"open\r\n', [2, 3], /not closed/],
    ["text after a closing quote", 'a,"b"c\r\n', [1, 6], /must end at a comma/],
    ["a quote inside an unquoted field", 'a,b"c\r\n', [1, 4], /double quote inside a field/],
  ])("reports %s", (_, input, [line, column], message) => {
    const parsed = parseCsv(input);
    expect("error" in parsed && parsed.error).toMatchObject({ line, column, message: expect.stringMatching(message) });
  });
});

describe("writeCsv", () => {
  it("quotes a field only when it must, and ends every record with CRLF", () => {
    expect(writeCsv([["a", "b c", 'say "hi"', "x,y", "1\n2", ""]])).toBe('a,b c,"say ""hi""","x,y","1\n2",\r\n');
    expect(csvField("\r")).toBe('"\r"');
  });

  it("reads back what it writes", () => {
    const rows = [["a", '"', ",", "\r\n", "\n\n", " padded ", "é"], ["", "", "", "", "", "", "x"]];
    expect(texts(writeCsv(rows))).toEqual(rows);
  });
});

describe("formula neutralisation (OWASP CSV injection)", () => {
  it.each([
    ["=1+1", "'=1+1"],
    ["+44 20 7946 0000", "'+44 20 7946 0000"],
    ["-2", "'-2"],
    ["@SUM(A1:A9)", "'@SUM(A1:A9)"],
    ["\tindented", "'\tindented"],
    ["\rcarriage", "'\rcarriage"],
    ["'quoted", "''quoted"],
    ["plain", "plain"],
    ["a=b", "a=b"],
    ["", ""],
  ])("%j is written %j and read back exactly", (cell, written) => {
    expect(neutralise(cell)).toBe(written);
    expect(restore(neutralise(cell))).toBe(cell);
  });

  it("keeps an apostrophe that it did not add", () => {
    expect(restore("'tis the season")).toBe("'tis the season");
    expect(restore("'")).toBe("'");
  });
});
