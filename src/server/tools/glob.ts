// Shell-style globs for search_files: *, ?, **, [abc], [!abc], {a,b}. A glob without a slash
// matches the file's base name ("*.ts" finds .ts files at any depth, like ripgrep's -g); one with a
// slash matches the whole path relative to the search root.

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

export function globToRegExp(glob: string): RegExp {
  let out = "";
  let braceDepth = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i] as string;
    if (c === "*") {
      if (glob[i + 1] === "*") {
        const atSegmentStart = i === 0 || glob[i - 1] === "/";
        i++;
        if (glob[i + 1] === "/" && atSegmentStart) {
          // "**/" : zero or more whole directories
          out += "(?:[^/]*/)*";
          i++;
        } else {
          out += ".*";
        }
      } else {
        out += "[^/]*";
      }
    } else if (c === "?") {
      out += "[^/]";
    } else if (c === "[") {
      const close = glob.indexOf("]", i + 2);
      if (close === -1) {
        out += "\\[";
      } else {
        let body = glob.slice(i + 1, close);
        if (body.startsWith("!")) body = `^${body.slice(1)}`;
        out += `[${body.replace(/\\/g, "\\\\")}]`;
        i = close;
      }
    } else if (c === "{") {
      braceDepth++;
      out += "(?:";
    } else if (c === "}" && braceDepth > 0) {
      braceDepth--;
      out += ")";
    } else if (c === "," && braceDepth > 0) {
      out += "|";
    } else {
      out += escapeRegExp(c);
    }
  }
  // An unclosed brace: treat the rest literally rather than fail on a typo.
  if (braceDepth > 0) return new RegExp(`^${escapeRegExp(glob)}$`);
  return new RegExp(`^${out}$`);
}

export function globMatcher(glob: string): (relPath: string) => boolean {
  const pattern = glob.replace(/^\.\//, "");
  const regexp = globToRegExp(pattern);
  if (!pattern.includes("/")) {
    return (relPath) => regexp.test(relPath.slice(relPath.lastIndexOf("/") + 1));
  }
  return (relPath) => regexp.test(relPath);
}
