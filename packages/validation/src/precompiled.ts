/**
 * @ccaas/validation/precompiled: validators for the messages checked in browsers, generated ahead of time from
 * specs/messages (Ajv standalone code). Same answers as `createMessageValidator`, without Ajv's compiler in the
 * bundle or `new Function` at run time (a CRM page's Content-Security-Policy forbids it). Each spec file has its
 * own validator, so a bundle carries only the one it imports.
 */
import type { ValidationIssue } from "@ccaas/types";
import { createValidators as crmContract } from "./generated/crm-contract-validators.js";
import { createValidators as interactionProcessor } from "./generated/interaction-processor-validators.js";
import { toIssues } from "./issues";
import type { MessageValidator } from "./message-validator";

export { summarizeIssues, toIssues } from "./issues";
export { precompiledMessageSchemas } from "./precompiled-schemas";

type Table = Record<string, { (value: unknown): boolean; errors?: Parameters<typeof toIssues>[0] }>;

function precompiled(file: string, createTable: () => Table): MessageValidator {
  let table: Table | undefined;
  return {
    validate(schema: string, value: unknown): ValidationIssue[] {
      table ??= createTable();
      const [schemaFile, pointer = ""] = schema.split("#");
      const validate = schemaFile === file ? table[pointer.replace(/^\/\$defs\//, "")] : undefined;
      if (!validate) {
        throw new Error(
          `"${schema}" is not precompiled: expected "${file}#/$defs/<name>" with one of ${Object.keys(table).join(", ")} (add it to precompiled-schemas.ts and run pnpm generate), or use createMessageValidator.`,
        );
      }
      return validate(value) ? [] : toIssues(validate.errors);
    },
  };
}

/** Validates the CRM contract's callbacks and handshake: `validate("crm-contract.yaml#/$defs/StartCallCallback", value)`. */
export const crmContractValidator: MessageValidator = /* @__PURE__ */ precompiled(
  "crm-contract.yaml",
  crmContract,
);

/** Validates the Interaction Processor's requests and responses. */
export const interactionProcessorValidator: MessageValidator = /* @__PURE__ */ precompiled(
  "interaction-processor.yaml",
  interactionProcessor,
);
