export const VERSION: string =
  typeof __SANDBOX_ACTION_VERSION__ === "string" ? __SANDBOX_ACTION_VERSION__ : "0.0.0-dev";
