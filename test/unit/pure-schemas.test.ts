// The build's marking of the MCP SDK's schema constructions as pure (scripts/pure-schemas.mjs):
// what it marks, what it must leave alone, and what esbuild then leaves out of the server.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";
import { describe, expect, inject, it } from "vitest";
import { markSchemasPure } from "../../scripts/pure-schemas.mjs";

const PURE = "/* @__PURE__ */ ";
const unmark = (text: string) => text.replaceAll(PURE, "");

describe("markSchemasPure", () => {
  it("marks schema calls in top-level const declarations", () => {
    const source = [
      'import * as z from "zod/v4";',
      "const A = z.object({ a: z.string().optional() });",
      "export const B = A.extend({ b: z.number() }).strict();",
      "const BSchema = z.object({});",
      "export const C = BSchema.extend({});",
    ].join("\n");
    const { text, marked } = markSchemasPure(source);
    expect(text).toContain(`const A = ${PURE}z.object({ a: ${PURE}z.string().optional() });`);
    // `A.extend` is not of the shape `...Schema.name(`: left alone, so B is kept
    expect(text).toContain(`export const B = A.extend({ b: ${PURE}z.number() }).strict();`);
    expect(text).toContain(`export const C = ${PURE}BSchema.extend({});`);
    expect(marked).toBe(5);
    expect(unmark(text)).toBe(source);
  });

  it("leaves calls inside functions alone: they run later and may be there for their effect", () => {
    const source = [
      "export const isX = (value) => XSchema.safeParse(value).success;",
      "const Checked = z.string().refine((val) => { z.check(val); return true; }, { message: z.text() });",
      "const Pre = z.preprocess(v => v ?? z.default(), z.number());",
      "const F = z.custom(function (v) { return VSchema.parse(v); });",
      "export function validate(v) { XSchema.parse(v); }",
      "export class K { m() { return z.string(); } }",
      "let Loose = z.object({});",
      "console.log(z.string());",
    ].join("\n");
    const { text } = markSchemasPure(source);
    expect(text).toContain("export const isX = (value) => XSchema.safeParse(value).success;");
    expect(text).toContain(
      `const Checked = ${PURE}z.string().refine((val) => { z.check(val); return true; }, { message: ${PURE}z.text() });`,
    );
    expect(text).toContain(`const Pre = ${PURE}z.preprocess(v => v ?? z.default(), ${PURE}z.number());`);
    expect(text).toContain(`const F = ${PURE}z.custom(function (v) { return VSchema.parse(v); });`);
    expect(text).toContain("export function validate(v) { XSchema.parse(v); }");
    expect(text).toContain("export class K { m() { return z.string(); } }");
    expect(text).toContain("let Loose = z.object({});");
    expect(text).toContain("console.log(z.string());");
  });

  it("is not fooled by strings, comments and template substitutions", () => {
    const source = [
      "// const Hidden = z.object({});",
      "/* const AlsoHidden = z.object({}); */",
      "const S = z.literal('z.object(') ;",
      // a template substitution ("$" "{" spelled apart for the linter)
      "const T = z.literal(`$" + "{z.fake()} z.object(`);",
      'const U = z.literal("\'\\"");',
    ].join("\n");
    const { text, marked } = markSchemasPure(source);
    expect(marked).toBe(3);
    expect(text).toContain(`const S = ${PURE}z.literal('z.object(') ;`);
    expect(text).toContain(`const T = ${PURE}z.literal(\`\${z.fake()} z.object(\`);`);
    expect(text.split("\n").slice(0, 2).join("\n")).not.toContain(PURE);
  });

  it("refuses what it cannot scan rather than guess", () => {
    expect(() => markSchemasPure("const R = z.string().regex(/a/);")).toThrow(/not handled/);
    expect(() => markSchemasPure("const Q = z.string(;")).toThrow(/unbalanced/);
    expect(() => markSchemasPure("const Q = z.literal('x);")).toThrow(/unterminated string/);
  });

  it("lets esbuild drop unused declarations and keep used ones intact", async () => {
    const zod = [
      "export const made = [];",
      "export function object(shape) { made.push(Object.keys(shape).join()); return { shape, extend(more) { return object({ ...shape, ...more }); } }; }",
      "export function string() { return 'string'; }",
    ].join("\n");
    const types = markSchemasPure(
      [
        'import * as z from "./z.js";',
        "export const UnusedSchema = z.object({ unused: z.string() });",
        "export const UsedSchema = z.object({ used: z.string() });",
        "export const ExtendedSchema = UsedSchema.extend({ more: z.string() });",
      ].join("\n"),
    ).text;
    const result = await build({
      stdin: {
        contents:
          'import { ExtendedSchema } from "./types.js"; import { made } from "./z.js"; console.log(JSON.stringify([ExtendedSchema.shape, made]));',
        resolveDir: "/",
      },
      bundle: true,
      write: false,
      format: "esm",
      plugins: [
        {
          name: "virtual",
          setup(b) {
            b.onResolve({ filter: /^\.\/(z|types)\.js$/ }, (args) => ({ path: args.path, namespace: "v" }));
            b.onLoad({ filter: /.*/, namespace: "v" }, (args) => ({
              contents: args.path === "./z.js" ? zod : types,
              loader: "js",
            }));
          },
        },
      ],
    });
    const bundle = result.outputFiles[0]?.text ?? "";
    expect(bundle).not.toContain("unused");
    const logged: string[] = [];
    new Function("console", bundle.replace(/^export \{[^}]*\};?$/m, ""))({
      log: (line: string) => logged.push(line),
    });
    expect(JSON.parse(logged[0] ?? "null")).toEqual([
      { used: "string", more: "string" },
      ["used", "used,more"],
    ]);
  });
});

describe("the server bundle", () => {
  const server = readFileSync(join(inject("distDir") as string, "sandbox-server.js"), "utf8");

  it("leaves out the SDK's schemas it never uses, and keeps those it parses requests with", () => {
    for (const unused of ["ServerRequestSchema=", "ClientResultSchema=", "CreateMessageRequestSchema="]) {
      expect(server).not.toContain(unused);
    }
    for (const used of ["CallToolRequestSchema=", "InitializeRequestSchema=", "JSONRPCMessageSchema="]) {
      expect(server).toContain(used);
    }
  });

  it("marks the SDK's types.js as it is now (a new SDK version that it cannot scan fails here)", () => {
    const types = readFileSync(
      join("node_modules", "@modelcontextprotocol", "sdk", "dist", "esm", "types.js"),
      "utf8",
    );
    const { text, marked } = markSchemasPure(types);
    expect(marked).toBeGreaterThan(100);
    expect(unmark(text)).toBe(types);
  });
});
