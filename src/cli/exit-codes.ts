// The CLI's exit codes (contract in ../shared/DESIGN.md).
export const EXIT = {
  ok: 0,
  /** a call returned isError */
  callFailed: 1,
  /** usage or configuration error, including an unknown tool in a calls file */
  usage: 2,
  /** sandbox provisioning or runtime failure */
  sandbox: 3,
} as const;
