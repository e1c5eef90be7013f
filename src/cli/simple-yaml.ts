// The shape nearly every calls file has (a block list of block mappings, plain or quoted scalars on
// one line, comments) read without the `yaml` package, whose 240 KB chunk costs a YAML `run` ~10 ms
// on its way to the spawn. Anything outside that shape gives `undefined` and goes to `yaml`, so a
// document this accepts must come out exactly as `yaml.parse` makes it (YAML 1.2, core schema):
// test/unit/simple-yaml.test.ts compares the two on thousands of generated documents.

interface Line {
  indent: number;
  text: string;
}

/** Thrown inside the parser for anything it leaves to `yaml`; never escapes. */
class NotSimple extends Error {}

const MAP_ENTRY = /^([A-Za-z_][A-Za-z0-9_-]*):(?: +|$)/;
// keys the core schema would read as something other than their text, or that JS treats specially
const SPECIAL_KEY = /^(?:[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE|__proto__)$/;
const NULL = /^(?:~|[Nn]ull|NULL)$/;
const TRUE = /^(?:[Tt]rue|TRUE)$/;
const FALSE = /^(?:[Ff]alse|FALSE)$/;
// integers too: parseFloat reads them as yaml's parseInt does
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;
// hex, octal and the special floats (.inf, .nan) are left to `yaml`
const OTHER_NUMBER = /^(?:0o|0x|[-+]?\.(?:inf|Inf|INF)$|\.(?:nan|NaN|NAN)$)/;
// a plain scalar cannot start with these (the sequence indicator `- ` is checked apart)
const INDICATOR = /^[?:,[\]{}#&*!|>%@`]/;
const DOUBLE_QUOTED_ESCAPES: Record<string, string> = {
  "\\": "\\",
  '"': '"',
  "/": "/",
  n: "\n",
  t: "\t",
  r: "\r",
  "0": "\0",
};

export function parseSimpleYaml(text: string): unknown {
  // tabs, carriage returns and a byte order mark each have rules of their own
  if (/[\t\r\uFEFF]/.test(text)) return undefined;
  const lines: Line[] = [];
  for (const raw of text.split("\n")) {
    const content = raw.trimStart();
    if (content === "" || content.startsWith("#")) continue;
    const indent = raw.length - content.length;
    // directives and document markers
    if (indent === 0 && (content.startsWith("%") || content.startsWith("---") || content.startsWith("...")))
      return undefined;
    lines.push({ indent, text: content.trimEnd() });
  }
  if (lines.length === 0 || lines[0]?.indent !== 0) return undefined;
  const parser = new Parser(lines);
  try {
    const value = parser.node(0);
    return parser.done() ? value : undefined;
  } catch (error) {
    if (error instanceof NotSimple) return undefined;
    throw error;
  }
}

class Parser {
  private next = 0;

  constructor(private readonly lines: Line[]) {}

  /** Every line used: a line left over (a scalar continued further in, a stray key) is yaml's. */
  done(): boolean {
    return this.next === this.lines.length;
  }

  /** The block node whose first line is the next one, at `indent`. */
  node(indent: number): unknown {
    const line = this.lines[this.next] as Line;
    return isSequenceItem(line.text) ? this.sequence(indent) : this.mapping(indent);
  }

  private sequence(indent: number): unknown[] {
    const items: unknown[] = [];
    for (let line = this.peek(); line?.indent === indent && isSequenceItem(line.text); line = this.peek()) {
      // an item on the lines after its `-` is left to `yaml` (and `- - a`, by scalar())
      if (line.text === "-") throw new NotSimple();
      const afterDash = line.text.slice(1);
      const content = afterDash.trimStart();
      if (MAP_ENTRY.test(content)) {
        // `- key: value`: a mapping whose keys line up with this first one
        const column = indent + 1 + (afterDash.length - content.length);
        this.lines[this.next] = { indent: column, text: content };
        items.push(this.mapping(column));
      } else {
        this.next++;
        items.push(scalar(content));
      }
    }
    return items;
  }

  private mapping(indent: number): Record<string, unknown> {
    const map: Record<string, unknown> = {};
    for (let line = this.peek(); line?.indent === indent; line = this.peek()) {
      const entry = MAP_ENTRY.exec(line.text);
      if (!entry) throw new NotSimple();
      const key = entry[1] as string;
      // a duplicate key is an error `yaml` reports
      if (SPECIAL_KEY.test(key) || Object.hasOwn(map, key)) throw new NotSimple();
      const rest = line.text.slice(entry[0].length);
      this.next++;
      if (rest === "" || rest.startsWith("#")) {
        const following = this.peek();
        if (following && following.indent > indent) map[key] = this.node(following.indent);
        // a list may sit at its key's own indentation
        else if (following?.indent === indent && isSequenceItem(following.text))
          map[key] = this.sequence(indent);
        else map[key] = null;
      } else {
        map[key] = scalar(rest);
      }
    }
    return map;
  }

  private peek(): Line | undefined {
    return this.lines[this.next];
  }
}

function isSequenceItem(text: string): boolean {
  return text === "-" || text.startsWith("- ");
}

function scalar(text: string): unknown {
  if (text.startsWith('"')) return doubleQuoted(text);
  if (text.startsWith("'")) return singleQuoted(text);
  // a comment starts at a `#` after a space
  const comment = text.search(/ #/);
  const plain = comment >= 0 ? text.slice(0, comment).trimEnd() : text;
  if (INDICATOR.test(plain) || isSequenceItem(plain) || plain.includes(": ") || plain.endsWith(":"))
    throw new NotSimple();
  if (NULL.test(plain)) return null;
  if (TRUE.test(plain)) return true;
  if (FALSE.test(plain)) return false;
  if (OTHER_NUMBER.test(plain)) throw new NotSimple();
  if (FLOAT.test(plain)) return Number.parseFloat(plain);
  return plain;
}

function doubleQuoted(text: string): string {
  let value = "";
  for (let i = 1; i < text.length; i++) {
    const char = text[i] as string;
    if (char === '"') return afterQuoted(value, text.slice(i + 1));
    if (char !== "\\") {
      value += char;
      continue;
    }
    const escaped = text[++i] ?? "";
    const simple = DOUBLE_QUOTED_ESCAPES[escaped];
    if (simple !== undefined) {
      value += simple;
    } else if (escaped === "u" && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) {
      value += String.fromCharCode(Number.parseInt(text.slice(i + 1, i + 5), 16));
      i += 4;
    } else {
      throw new NotSimple();
    }
  }
  throw new NotSimple(); // continues on the next line
}

function singleQuoted(text: string): string {
  let value = "";
  for (let i = 1; i < text.length; i++) {
    const char = text[i] as string;
    if (char !== "'") {
      value += char;
    } else if (text[i + 1] === "'") {
      value += "'";
      i++;
    } else {
      return afterQuoted(value, text.slice(i + 1));
    }
  }
  throw new NotSimple();
}

/** After a closing quote only a comment may follow, after a space. */
function afterQuoted(value: string, rest: string): string {
  if (rest !== "" && !/^ +#/.test(rest) && !/^ +$/.test(rest)) throw new NotSimple();
  return value;
}
