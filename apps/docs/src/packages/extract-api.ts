/**
 * Reads what each entry point of a package exports, straight from its TypeScript source with the
 * compiler API: one Program per package (over its entry files, with its own tsconfig), each export's
 * kind, a short signature or declaration, and its TSDoc summary and examples.
 */
import { join } from "node:path";
import ts from "typescript";
import { describeDeclaration, type ExportKind, exportKind } from "./declaration-text.ts";
import type { EntryPoint } from "./entry-points.ts";

export interface ApiExport {
  name: string;
  kind: ExportKind;
  /** The signature(s) or declaration as TypeScript prints them, shortened. */
  declaration: string;
  /** The TSDoc summary, Markdown. */
  summary: string;
  /** Each `@example` block's text. */
  examples: readonly string[];
  /** The `@deprecated` note, when there is one ("" when the tag has no text). */
  deprecated?: string | undefined;
}

/** One entry point and what it exports. */
export interface EntryPointApi {
  entry: EntryPoint;
  exports: readonly ApiExport[];
}

/**
 * Lib files (`lib.dom.d.ts`, `@types/node`) are the same for every package: parse them once per build,
 * not once per Program, which is most of the time a Program takes.
 */
export class SourceFileCache {
  readonly #files = new Map<string, ts.SourceFile | undefined>();

  host(options: ts.CompilerOptions): ts.CompilerHost {
    const host = ts.createCompilerHost(options, true);
    const read = host.getSourceFile.bind(host);
    host.getSourceFile = (fileName, languageVersion, onError, shouldCreate) => {
      const key = `${fileName}\0${typeof languageVersion === "object" ? languageVersion.languageVersion : languageVersion}`;
      if (!shouldCreate && this.#files.has(key)) return this.#files.get(key);
      const file = read(fileName, languageVersion, onError, shouldCreate);
      this.#files.set(key, file);
      return file;
    };
    return host;
  }
}

function compilerOptionsFor(packageDir: string): ts.CompilerOptions {
  const configPath = join(packageDir, "tsconfig.json");
  const parsed = ts.getParsedCommandLineOfConfigFile(
    configPath,
    { noEmit: true },
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
        throw new Error(
          `cannot read ${configPath}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n")}`,
        );
      },
    },
  );
  return parsed?.options ?? { strict: true, noEmit: true };
}

/** `{@link createSoftphone}` reads as `createSoftphone` in code font on the page. */
function linksAsCode(text: string): string {
  return text.replace(
    /\{@link(?:code|plain)?\s+([^}|\s]+)(?:\s*\|?\s*([^}]*))?\}/g,
    (_match, target, label) => (label?.trim() ? label.trim() : `\`${target}\``),
  );
}

function describeExport(name: string, exported: ts.Symbol, checker: ts.TypeChecker): ApiExport | undefined {
  const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
  const kind = exportKind(symbol);
  if (!kind) return undefined;
  const tags = symbol.getJsDocTags(checker);
  const tagText = (tag: ts.JSDocTagInfo) => linksAsCode(ts.displayPartsToString(tag.text)).trim();
  const deprecated = tags.find((tag) => tag.name === "deprecated");
  return {
    name,
    kind,
    declaration: describeDeclaration(name, symbol, kind, checker),
    summary: linksAsCode(ts.displayPartsToString(symbol.getDocumentationComment(checker))).trim(),
    examples: tags.filter((tag) => tag.name === "example").map(tagText),
    deprecated: deprecated ? tagText(deprecated) : undefined,
  };
}

/** The API of every entry point of one package, in `exports` order, each entry's exports sorted by name. */
export function extractPackageApi(
  packageDir: string,
  entries: readonly EntryPoint[],
  cache = new SourceFileCache(),
): EntryPointApi[] {
  if (entries.length === 0) return [];
  const options = compilerOptionsFor(packageDir);
  const program = ts.createProgram({
    rootNames: entries.map((entry) => entry.sourceFile),
    options,
    host: cache.host(options),
  });
  const checker = program.getTypeChecker();
  return entries.map((entry) => {
    const source = program.getSourceFile(entry.sourceFile);
    const moduleSymbol = source && checker.getSymbolAtLocation(source);
    if (!moduleSymbol) {
      throw new Error(`${entry.importPath}: ${entry.sourceFile} is not a module (it exports nothing)`);
    }
    const exports = checker
      .getExportsOfModule(moduleSymbol)
      .flatMap((symbol) => describeExport(symbol.getName(), symbol, checker) ?? [])
      .sort((a, b) => a.name.localeCompare(b.name));
    return { entry, exports };
  });
}
