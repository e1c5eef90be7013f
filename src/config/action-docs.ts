// The README's tables of the action's inputs and outputs, rendered from action.yml's own text so a
// test can hold the two together.
export interface ActionYml {
  inputs: Record<string, { description: string; default?: string }>;
  outputs: Record<string, { description: string }>;
}

const cell = (text: string) => text.trim().replaceAll("\n", " ").replaceAll("|", "\\|");

export function renderActionInputs(action: ActionYml): string {
  const rows = Object.entries(action.inputs).map(
    ([name, input]) =>
      `| \`${name}\` | ${input.default ? `\`${cell(input.default)}\`` : ""} | ${cell(input.description)} |`,
  );
  return ["| input | default | description |", "| --- | --- | --- |", ...rows].join("\n");
}

export function renderActionOutputs(action: ActionYml): string {
  const rows = Object.entries(action.outputs).map(
    ([name, output]) => `| \`${name}\` | ${cell(output.description)} |`,
  );
  return ["| output | description |", "| --- | --- |", ...rows].join("\n");
}
