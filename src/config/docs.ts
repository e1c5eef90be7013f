// The README's options table, rendered from the same table the CLI and the action read.
import { OPTIONS } from "./options.js";

export function renderOptionsTable(): string {
  const rows = OPTIONS.map((option) => {
    const value = option.values ? option.values.join("\\|") : (option.valueName ?? option.kind.toUpperCase());
    const description =
      option.kind === "list" ? `${option.description} Repeat the flag for several.` : option.description;
    return `| \`--${option.name} ${value}\` | ${option.default !== undefined ? `\`${option.default}\`` : ""} | ${description} |`;
  });
  return ["| option | default | description |", "| --- | --- | --- |", ...rows].join("\n");
}
