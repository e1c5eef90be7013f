// JSON Schema "validators" for the MCP SDK's classes. The SDK's default is Ajv, which we do not
// bundle (esbuild.config.mjs; ADR 0004): every Client and Server we make passes one of these.
import type { JsonSchemaValidator, jsonSchemaValidator } from "@modelcontextprotocol/sdk/validation/types.js";

/**
 * For clients. The SDK would check each result's structuredContent against the tool's
 * outputSchema. Results come from the sandbox, which is untrusted: a schema-valid result proves
 * nothing, and the host treats structuredContent as data only.
 */
export const acceptStructuredContent: jsonSchemaValidator = {
  getValidator<T>(): JsonSchemaValidator<T> {
    return (input) => ({ valid: true, data: input as T, errorMessage: undefined });
  },
};

/**
 * For servers. A server validates only answers to its own elicitation requests, and ours never
 * ask the other side for input.
 */
export const noElicitation: jsonSchemaValidator = {
  getValidator<T>(): JsonSchemaValidator<T> {
    return () => ({ valid: false, data: undefined, errorMessage: "elicitation is not supported" });
  },
};
