/**
 * @ccaas/sandbox: the CCaaS platform on your laptop. `startSandbox()` serves the partner API, the agent
 * endpoints, the Voice API, softphone signaling with real WebRTC media, conversation webhooks and a control
 * API, all validated against the specs. `@ccaas/sandbox/msw` routes fetches to the same app in-process.
 */
export type { SandboxControl } from "./control/sandbox-control";
export { SandboxError } from "./http/sandbox-error";
export type { MediaStats } from "./media/media-service";
export type { SandboxAgentOptions, SandboxLogger, SandboxOptions } from "./options";
export { type Sandbox, type SandboxUrls, startSandbox } from "./start-sandbox";
