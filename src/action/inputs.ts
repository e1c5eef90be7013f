// Action inputs -> the same validated Config as the CLI's flags. Every sandbox option is an input
// of the same name; `calls` and `fail-on-error` are the action's own.
import * as core from "@actions/core";
import { ConfigError, OPTIONS, type RawOptions } from "../config/index.js";

export interface ActionInputs {
  options: RawOptions;
  calls: string;
  failOnError: boolean;
}

export function readInputs(): ActionInputs {
  const options: RawOptions = {};
  for (const option of OPTIONS) {
    const value = core.getInput(option.name);
    if (value !== "") options[option.name] = value;
  }
  const failOnError = core.getInput("fail-on-error") || "true";
  if (failOnError !== "true" && failOnError !== "false") {
    throw new ConfigError(`fail-on-error: "${failOnError}" is not one of true, false`);
  }
  return { options, calls: core.getInput("calls"), failOnError: failOnError === "true" };
}
