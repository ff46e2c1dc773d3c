/**
 * A package's entry points: each public import path in its package.json `exports` ("." , "./crm", ...)
 * mapped back to the TypeScript source tsup builds it from, so the API is read from the source (and its
 * TSDoc) rather than from a `dist/` that may not be built yet.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";

export interface EntryPoint {
  /** What a user writes after `from`: `@ccaas/softphone/crm`. */
  importPath: string;
  /** The key in `exports`: `.`, `./crm`. */
  subpath: string;
  /** Absolute path of the entry's source file. */
  sourceFile: string;
}

/**
 * The runtime file a conditional `exports` value points at (`import.default`, `default`, ...). `types`
 * conditions name declaration files, which say nothing about which source they came from.
 */
function runtimeTarget(value: unknown): string | undefined {
  if (typeof value === "string") return value.endsWith(".d.ts") ? undefined : value;
  if (typeof value !== "object" || value === null) return undefined;
  for (const [condition, nested] of Object.entries(value)) {
    if (condition === "types") continue;
    const target = runtimeTarget(nested);
    if (target) return target;
  }
  return undefined;
}

/** `entry: { index: "src/index.ts", crm: "src/crm/index.ts" }` from tsup.config.ts, read as syntax, not run. */
export function readTsupEntries(packageDir: string): Map<string, string> {
  const entries = new Map<string, string>();
  const configFile = join(packageDir, "tsup.config.ts");
  if (!existsSync(configFile)) return entries;
  const source = ts.createSourceFile(configFile, readFileSync(configFile, "utf8"), ts.ScriptTarget.Latest);
  const visit = (node: ts.Node): void => {
    if (
      entries.size === 0 &&
      ts.isPropertyAssignment(node) &&
      ts.isIdentifier(node.name) &&
      node.name.text === "entry" &&
      ts.isObjectLiteralExpression(node.initializer)
    ) {
      for (const property of node.initializer.properties) {
        if (!ts.isPropertyAssignment(property) || !ts.isStringLiteral(property.initializer)) continue;
        const name =
          ts.isIdentifier(property.name) || ts.isStringLiteral(property.name) ? property.name.text : "";
        if (name) entries.set(name, property.initializer.text);
      }
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return entries;
}

/**
 * Every entry point but `./package.json`. A built file `./dist/<name>.js` comes from tsup's entry
 * `<name>`; a target that is source already (private packages export `./src/index.ts`) is used as is.
 * Throws, naming the package and the export, when no source can be found: a page with an entry point
 * silently missing is worse than a red build.
 */
export function readEntryPoints(
  packageName: string,
  packageDir: string,
  exportsField: unknown,
): EntryPoint[] {
  const exportsMap: Record<string, unknown> =
    typeof exportsField === "string" || exportsField === undefined
      ? { ".": exportsField ?? "./dist/index.js" }
      : typeof exportsField === "object" && exportsField !== null
        ? (exportsField as Record<string, unknown>)
        : {};
  const tsupEntries = readTsupEntries(packageDir);
  const entryPoints: EntryPoint[] = [];
  for (const [subpath, value] of Object.entries(exportsMap)) {
    if (subpath === "./package.json" || !subpath.startsWith(".")) continue;
    const target = runtimeTarget(value);
    const built = target?.match(/^\.\/dist\/(.+)\.(?:c|m)?js$/)?.[1];
    const source = built ? tsupEntries.get(built) : target;
    const sourceFile = source ? join(packageDir, source) : undefined;
    if (!sourceFile || !existsSync(sourceFile) || !/(?<!\.d)\.(?:c|m)?tsx?$/.test(sourceFile)) {
      throw new Error(
        `${packageName}: cannot find the source of export "${subpath}" (${target ?? "no target"}); ` +
          `add it to the entry map in packages/${packageDir.split(/[\\/]/).pop()}/tsup.config.ts`,
      );
    }
    const importPath = subpath === "." ? packageName : `${packageName}${subpath.slice(1)}`;
    entryPoints.push({ importPath, subpath, sourceFile });
  }
  return entryPoints;
}
