// Marks the schema constructions in a module's top-level `const` declarations as pure, so that
// esbuild drops the declarations nothing uses. The MCP SDK's types.js builds ~200 zod schemas when
// it is evaluated; our server uses about two thirds of them, and every start paid for the rest
// (docs/adr/0004-start-up-and-call-cost.md).
//
// Only calls of the shapes `z.name(` and `SomethingSchema.name(` are marked, and only outside of
// function bodies: a call inside a function runs later and may be there for its effect (the
// `atob(val)` of a refine()), so it is never touched. A marked call is dropped only when its value
// is unused, which outside functions means that its whole declaration is unused.
//
// A small scanner, not a parser: it knows comments, strings and brackets, and refuses (throws on)
// what it does not know (regular expression literals, divisions), so a new SDK
// version that needs more fails the build instead of being marked wrongly.

const CALL = /(?:z|[A-Za-z_$][\w$]*Schema)\.[A-Za-z_$][\w$]*\s*\(/y;
const WORD = /[A-Za-z_$][\w$]*/y;
const DECLARATION = /(?:export\s+)?const\s/y;
const PURE = "/* @__PURE__ */ ";

/**
 * @param {string} source an ES module
 * @returns {{ text: string, marked: number }}
 */
export function markSchemasPure(source) {
  const inserts = [];
  let depth = 0;
  let atStatementStart = true;
  let inDeclaration = false;
  // the bracket depths at which function bodies (arrow or `function`/`class`) began: such a body
  // ends at a comma at that depth or where the bracket around it closes
  const functionDepths = [];
  let previous = "";
  const startStatement = () => {
    atStatementStart = true;
    inDeclaration = false;
    functionDepths.length = 0;
  };
  let i = 0;
  while (i < source.length) {
    const c = source[i];
    if (c === "/" && source[i + 1] === "/") {
      const end = source.indexOf("\n", i);
      i = end < 0 ? source.length : end;
      continue;
    }
    if (c === "/" && source[i + 1] === "*") {
      const end = source.indexOf("*/", i + 2);
      if (end < 0) throw new Error("pure-schemas: unterminated comment");
      i = end + 2;
      continue;
    }
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (depth === 0 && atStatementStart) {
      DECLARATION.lastIndex = i;
      inDeclaration = DECLARATION.test(source);
      atStatementStart = false;
    }
    if (c === '"' || c === "'" || c === "`") {
      i = skipString(source, i);
      previous = c;
      continue;
    }
    if (c === "/")
      throw new Error(`pure-schemas: "/" at offset ${i} (division or regular expression): not handled`);
    if (/[A-Za-z_$]/.test(c)) {
      WORD.lastIndex = i;
      const word = WORD.exec(source)[0];
      if (word === "function" || word === "class") {
        functionDepths.push(depth);
      } else if (inDeclaration && functionDepths.length === 0 && previous !== ".") {
        CALL.lastIndex = i;
        if (CALL.test(source)) inserts.push(i);
      }
      i += word.length;
      previous = "a";
      continue;
    }
    if (c === "=" && source[i + 1] === ">") {
      functionDepths.push(depth);
      i += 2;
      previous = ">";
      continue;
    }
    if (c === "(" || c === "[" || c === "{") depth++;
    else if (c === ")" || c === "]" || c === "}") {
      depth--;
      if (depth < 0) throw new Error(`pure-schemas: unbalanced "${c}" at offset ${i}`);
      while (functionDepths.length && depth < functionDepths.at(-1)) functionDepths.pop();
      // a function or class declaration, or a block, ends its statement with its brace
      if (c === "}" && depth === 0 && !inDeclaration) startStatement();
    } else if (c === "," && functionDepths.length && depth === functionDepths.at(-1)) {
      functionDepths.pop();
    } else if (c === ";" && depth === 0) {
      startStatement();
    }
    previous = c;
    i++;
  }
  if (depth !== 0) throw new Error("pure-schemas: unbalanced brackets at the end");
  const parts = [];
  let from = 0;
  for (const at of inserts) {
    parts.push(source.slice(from, at), PURE);
    from = at;
  }
  parts.push(source.slice(from));
  return { text: parts.join(""), marked: inserts.length };
}

/** The offset after the string literal starting at `start`; template substitutions are skipped. */
function skipString(source, start) {
  const quote = source[start];
  for (let i = start + 1; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") i++;
    else if (c === quote) return i + 1;
    else if (quote === "`" && c === "$" && source[i + 1] === "{") i = skipSubstitution(source, i + 2) - 1;
  }
  throw new Error("pure-schemas: unterminated string");
}

/** The offset after the `}` that closes a template substitution whose expression starts at `start`. */
function skipSubstitution(source, start) {
  let depth = 0;
  for (let i = start; i < source.length; i++) {
    const c = source[i];
    if (c === '"' || c === "'" || c === "`") i = skipString(source, i) - 1;
    else if (c === "{") depth++;
    else if (c === "}") {
      if (depth === 0) return i + 1;
      depth--;
    }
  }
  throw new Error("pure-schemas: unterminated template substitution");
}
