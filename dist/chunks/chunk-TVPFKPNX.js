import { createRequire as __sbxCreateRequire } from 'node:module'; const require = __sbxCreateRequire(import.meta.url);

// src/tools.ts
var TOOL_NAMES = [
  "run_command",
  "read_file",
  "write_file",
  "edit_file",
  "list_directory",
  "search_files"
];
function isToolName(name) {
  return TOOL_NAMES.includes(name);
}

export {
  TOOL_NAMES,
  isToolName
};
