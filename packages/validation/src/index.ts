/**
 * @ccaas/validation: validators compiled from the CCaaS specs at run time, so servers (the sandbox, the adapter
 * kit) check requests, responses and messages against the very schemas the types were generated from.
 */
export { type IssueLocation, type RequestIssue, summarizeIssues, toIssues } from "./issues";
export { createMessageValidator, type MessageValidator } from "./message-validator";
export type { OperationInfo, ParameterInfo, ParameterLocation } from "./openapi-document";
export {
  createOpenApiValidator,
  type MatchResult,
  type OpenApiValidator,
  type RequestParts,
} from "./openapi-validator";
