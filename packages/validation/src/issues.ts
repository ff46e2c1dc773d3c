import type { ValidationIssue } from "@ccaas/types";
import type { ErrorObject } from "ajv";

/** Where in a request a problem is. */
export type IssueLocation = "body" | "path" | "query" | "header" | "cookie";

export interface RequestIssue extends ValidationIssue {
  in: IssueLocation;
}

function describe(error: ErrorObject): { path: string; message: string } {
  const at = error.instancePath;
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case "required":
      return { path: `${at}/${String(params.missingProperty)}`, message: "is required" };
    case "additionalProperties":
    case "unevaluatedProperties": {
      const name = String(params.additionalProperty ?? params.unevaluatedProperty);
      return { path: `${at}/${name}`, message: "is not a known field: remove it or check its spelling" };
    }
    case "enum":
      return {
        path: at,
        message: `must be one of: ${(params.allowedValues as unknown[]).map(String).join(", ")}`,
      };
    case "const":
      return { path: at, message: `must be ${JSON.stringify(params.allowedValue)}` };
    case "format":
      return { path: at, message: `must be a valid ${String(params.format)}` };
    default:
      return { path: at, message: error.message ?? `breaks the ${error.keyword} rule` };
  }
}

/**
 * Turns Ajv's errors into issues a person can act on: one per problem, each naming the field by JSON pointer.
 * The branch errors of a failed `oneOf`/`anyOf` are kept (they say what each alternative wanted) but the
 * summary error ("must match a schema in anyOf") is dropped when more specific ones exist.
 */
export function toIssues(errors: readonly ErrorObject[] | null | undefined): ValidationIssue[] {
  const all = errors ?? [];
  const specific = all.filter(
    (error) => error.keyword !== "anyOf" && error.keyword !== "oneOf" && error.keyword !== "if",
  );
  const chosen = specific.length > 0 ? specific : all;
  const seen = new Set<string>();
  const issues: ValidationIssue[] = [];
  for (const error of chosen) {
    const issue = describe(error);
    const key = `${issue.path} ${issue.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    issues.push({ path: issue.path === "" ? "/" : issue.path, message: issue.message });
  }
  return issues;
}

/** One line listing the issues, for an error message. */
export function summarizeIssues(issues: readonly ValidationIssue[]): string {
  return issues.map((issue) => `${issue.path} ${issue.message}`).join("; ");
}
