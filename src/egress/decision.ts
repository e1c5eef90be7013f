// One decision of the egress proxy, as the audit log and the job summary record it.
export interface EgressDecision {
  /** ISO time */
  time: string;
  /** the host name (or IP literal) the sandbox asked for */
  host: string;
  port: number;
  /** "CONNECT" for HTTPS tunnels, else the HTTP method */
  method: string;
  allowed: boolean;
  /** the allowlist entry that allowed it, or why it was refused (e.g. "not in allowed-domains", "private address 10.0.0.5") */
  rule: string;
  /** the address the host resolved and connected to, when it got that far */
  address?: string;
}
