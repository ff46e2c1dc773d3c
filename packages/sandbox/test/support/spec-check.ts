/**
 * Checks every response a test receives against its spec (independently of the sandbox's own checks) and
 * records which operations were exercised, so a suite can assert it covered a whole spec.
 */
import { partnerApiDocument, sandboxDocument, voiceApiDocument } from "@ccaas/types/specs";
import { createOpenApiValidator, type OpenApiValidator, summarizeIssues } from "@ccaas/validation";
import { expect } from "vitest";

export type SpecName = "partner" | "voice" | "sandbox";

const validators: Record<SpecName, OpenApiValidator> = {
  partner: createOpenApiValidator(partnerApiDocument),
  voice: createOpenApiValidator(voiceApiDocument),
  sandbox: createOpenApiValidator(sandboxDocument),
};

export class SpecCheck {
  readonly spec: SpecName;
  readonly exercised = new Set<string>();

  constructor(spec: SpecName) {
    this.spec = spec;
  }

  get validator(): OpenApiValidator {
    return validators[this.spec];
  }

  /** Reads the body, asserts status and body conform to the operation's documented response, returns the body. */
  async check<T = unknown>(operationId: string, response: Response, expectedStatus?: number): Promise<T> {
    const text = await response.text();
    const body: unknown = text === "" ? undefined : JSON.parse(text);
    if (expectedStatus !== undefined) expect(response.status, `${operationId}: ${text}`).toBe(expectedStatus);
    const issues = this.validator.validateResponse(operationId, response.status, body);
    expect(
      issues,
      `${operationId} ${response.status} breaks the spec: ${summarizeIssues(issues)}\n${text}`,
    ).toEqual([]);
    this.exercised.add(operationId);
    return body as T;
  }

  /** Operations of the spec (not webhooks) no test has exercised yet. */
  missing(): string[] {
    return this.validator.operations
      .filter((operation) => operation.kind === "operation" && !this.exercised.has(operation.operationId))
      .map((operation) => operation.operationId);
  }
}
