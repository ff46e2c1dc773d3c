/**
 * What an export is and how it reads in TypeScript: a function's signatures as the checker prints them,
 * a class's constructor and public members, an interface's or type's declaration without its comments
 * (the TSDoc is shown beside it), a constant's type. Long text is cut so a page stays readable.
 */
import ts from "typescript";

/** How an export is shown: its badge and how its declaration is printed. */
export type ExportKind = "function" | "class" | "interface" | "type" | "const" | "enum" | "namespace";

/** Past this a declaration is cut; the source and the editor's hover have the rest. */
const MAX_LINES = 30;
const FORMAT = ts.TypeFormatFlags.UseAliasDefinedOutsideCurrentScope;
const printer = ts.createPrinter({ removeComments: true });

/** A value and a type may share a name; the value is what a user calls, so it wins. */
export function exportKind(symbol: ts.Symbol): ExportKind | undefined {
  const { flags } = symbol;
  if (flags & ts.SymbolFlags.Class) return "class";
  if (flags & ts.SymbolFlags.Function) return "function";
  if (flags & ts.SymbolFlags.Enum) return "enum";
  if (flags & ts.SymbolFlags.Variable) return "const";
  if (flags & ts.SymbolFlags.Interface) return "interface";
  if (flags & ts.SymbolFlags.TypeAlias) return "type";
  if (flags & ts.SymbolFlags.Module) return "namespace";
  return undefined;
}

function truncate(text: string): string {
  const lines = text.split("\n");
  if (lines.length <= MAX_LINES) return text;
  return `${lines.slice(0, MAX_LINES).join("\n")}\n  // … ${lines.length - MAX_LINES} more lines`;
}

function withoutExport(text: string): string {
  return text.replace(/^export\s+(?:declare\s+)?/, "");
}

function printed(node: ts.Node): string {
  return withoutExport(printer.printNode(ts.EmitHint.Unspecified, node, node.getSourceFile()));
}

function declarationOf(
  symbol: ts.Symbol,
  test: (node: ts.Declaration) => boolean,
): ts.Declaration | undefined {
  return symbol.declarations?.find(test) ?? symbol.declarations?.[0];
}

function isPublicMember(member: ts.Symbol): boolean {
  const modifiers = ts.getCombinedModifierFlags(
    member.valueDeclaration ?? member.declarations?.[0] ?? ({} as ts.Declaration),
  );
  return (
    !(modifiers & (ts.ModifierFlags.Private | ts.ModifierFlags.Protected)) &&
    !member.getName().startsWith("#")
  );
}

function describeClass(name: string, symbol: ts.Symbol, checker: ts.TypeChecker): string {
  const declaration = declarationOf(symbol, ts.isClassDeclaration);
  if (!declaration || !ts.isClassDeclaration(declaration)) return `class ${name}`;
  const heritage = (declaration.heritageClauses ?? []).map((clause) => clause.getText()).join(" ");
  const typeParameters = declaration.typeParameters
    ? `<${declaration.typeParameters.map((p) => p.getText()).join(", ")}>`
    : "";
  const lines = [`class ${name}${typeParameters}${heritage ? ` ${heritage}` : ""} {`];
  const constructorType = checker.getTypeOfSymbolAtLocation(symbol, declaration);
  for (const signature of constructorType.getConstructSignatures()) {
    const parameters = checker.signatureToString(signature, declaration, FORMAT).replace(/\):[^)]*$/, ")");
    if (parameters !== "()") lines.push(`  constructor${parameters};`);
  }
  const instanceType = checker.getDeclaredTypeOfSymbol(symbol);
  for (const member of instanceType.getProperties()) {
    const memberDeclaration = member.valueDeclaration;
    // Inherited members are documented on the base class.
    if (!memberDeclaration || memberDeclaration.parent !== declaration || !isPublicMember(member)) continue;
    const memberType = checker.getTypeOfSymbolAtLocation(member, declaration);
    if (ts.isMethodDeclaration(memberDeclaration)) {
      for (const signature of memberType.getCallSignatures()) {
        lines.push(`  ${member.getName()}${checker.signatureToString(signature, declaration, FORMAT)};`);
      }
    } else {
      const readonly =
        ts.getCombinedModifierFlags(memberDeclaration) & ts.ModifierFlags.Readonly ? "readonly " : "";
      lines.push(
        `  ${readonly}${member.getName()}: ${checker.typeToString(memberType, declaration, FORMAT)};`,
      );
    }
  }
  return lines.length === 1 ? `${lines[0]} }` : [...lines, "}"].join("\n");
}

/** The short TypeScript text shown under an export's name. */
export function describeDeclaration(
  name: string,
  symbol: ts.Symbol,
  kind: ExportKind,
  checker: ts.TypeChecker,
): string {
  const declaration = symbol.valueDeclaration ?? symbol.declarations?.[0];
  if (!declaration) return `${kind} ${name}`;
  switch (kind) {
    case "function": {
      const type = checker.getTypeOfSymbolAtLocation(symbol, declaration);
      const signatures = type
        .getCallSignatures()
        .map((signature) => `function ${name}${checker.signatureToString(signature, declaration, FORMAT)}`);
      return truncate(signatures.join("\n"));
    }
    case "class":
      return truncate(describeClass(name, symbol, checker));
    case "const": {
      const type = checker.getTypeOfSymbolAtLocation(symbol, declaration);
      return truncate(`const ${name}: ${checker.typeToString(type, declaration, FORMAT)}`);
    }
    case "interface":
      return truncate(printed(declarationOf(symbol, ts.isInterfaceDeclaration) ?? declaration));
    case "type":
      return truncate(printed(declarationOf(symbol, ts.isTypeAliasDeclaration) ?? declaration));
    case "enum":
      return truncate(printed(declarationOf(symbol, ts.isEnumDeclaration) ?? declaration));
    case "namespace":
      return `namespace ${name}`;
  }
}
