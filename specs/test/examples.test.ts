import { describe, expect, it } from "vitest";
import { collectExamples } from "./collect-examples.ts";
import { allFiles, createSpecAjv, describeErrors, loadDocument, validatorAt } from "./spec-validator.ts";

const ajv = createSpecAjv();

describe.each(allFiles)("%s", (file) => {
  const examples = collectExamples(loadDocument(file));

  it("has examples", () => {
    expect(examples.length).toBeGreaterThan(0);
  });

  it.each(examples.map((example) => [example.where, example] as const))(
    "example %s matches its schema",
    (_, example) => {
      const validate = validatorAt(ajv, file, example.schemaPointer);
      const valid = validate(example.value);
      expect(valid, describeErrors(validate.errors)).toBe(true);
    },
  );
});
