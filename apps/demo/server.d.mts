/** Types for server.mjs, so the TypeScript tests and the root start script get them. */
export declare const DEFAULT_ROOT: string;
export declare const STRICT_CSP: string;
export interface DemoServer {
  /** `http://127.0.0.1:PORT`, without a trailing slash. */
  url: string;
  close(): Promise<void>;
}
export declare function serveDemo(options?: {
  port?: number;
  root?: string;
  csp?: boolean;
}): Promise<DemoServer>;
