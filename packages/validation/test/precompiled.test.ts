import { messageSchemas } from "@ccaas/types/specs";
import { describe, expect, it } from "vitest";
import { createMessageValidator } from "../src/index";
import {
  crmContractValidator,
  interactionProcessorValidator,
  precompiledMessageSchemas,
} from "../src/precompiled";

const compiled = createMessageValidator(messageSchemas);
const precompiled = {
  "crm-contract": crmContractValidator,
  "interaction-processor": interactionProcessorValidator,
};

/**
 * Every example of the spec file (each valid for its own definition, most invalid for the others), plus broken
 * copies: a field removed, a field added, a field of the wrong type.
 */
function samples(spec: string): unknown[] {
  const file = messageSchemas.find((schema) => String(schema.$id).endsWith(`/${spec}.yaml`));
  const defs = (file?.$defs ?? {}) as Record<string, { examples?: unknown[] }>;
  const examples = Object.values(defs).flatMap((definition) => definition.examples ?? []);
  const broken = examples.flatMap((example) => {
    if (typeof example !== "object" || example === null || Array.isArray(example)) return [];
    const [first] = Object.keys(example);
    const { [first ?? ""]: _removed, ...withoutFirst } = example as Record<string, unknown>;
    return [withoutFirst, { ...example, unknownField: true }, { ...example, [first ?? "x"]: 42 }];
  });
  return [...examples, ...broken, null, "text", []];
}

describe("@ccaas/validation/precompiled", () => {
  for (const [spec, definitions] of Object.entries(precompiledMessageSchemas)) {
    for (const definition of definitions) {
      it(`answers like the Ajv compiler for ${spec}.yaml#/$defs/${definition}`, () => {
        const schema = `${spec}.yaml#/$defs/${definition}`;
        const values = samples(spec);
        expect(values.length).toBeGreaterThan(20);
        let valid = 0;
        for (const value of values) {
          if (compiled.validate(schema, value).length === 0) valid += 1;
          expect(precompiled[spec as keyof typeof precompiled].validate(schema, value)).toEqual(
            compiled.validate(schema, value),
          );
        }
        // The comparison saw both answers, unless the definition has no example at all.
        expect(valid === 0 || valid < values.length).toBe(true);
      });
    }
  }

  it("accepts the seed's start_call sample and names the field when one is wrong", () => {
    const payload = {
      partnerId: "215fd887-39be-4935-981f-2670d6afeaa7",
      businessSegmentId: "d6afeaa7-39be-4935-981f-2670215fd887",
      channelOriginId: "57053e21-0440-4689-a27a-513d7dceebde",
      dialTo: "+18883973342",
    };
    const schema = "crm-contract.yaml#/$defs/StartCallCallback";
    expect(crmContractValidator.validate(schema, { eventType: "start_call", payload })).toEqual([]);
    const issues = crmContractValidator.validate(schema, {
      eventType: "start_call",
      payload: { ...payload, partnerId: "not-a-uuid" },
    });
    expect(issues).toEqual([{ path: "/payload/partnerId", message: "must be a valid uuid" }]);
  });

  it("says what to do when a definition was not precompiled", () => {
    expect(() => crmContractValidator.validate("crm-contract.yaml#/$defs/CallEndedParams", {})).toThrow(
      /not precompiled.*precompiled-schemas\.ts/,
    );
    expect(() => crmContractValidator.validate("interaction-processor.yaml#/$defs/X", {})).toThrow(
      /not precompiled/,
    );
  });
});
