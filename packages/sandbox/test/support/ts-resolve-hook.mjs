// Lets Node run src/*.ts directly (it strips the types itself): resolves the extensionless relative imports
// the sources use to their .ts files, so the CLI test runs the real entry point without a build.
import { registerHooks } from "node:module";

registerHooks({
  resolve(specifier, context, next) {
    if ((specifier.startsWith("./") || specifier.startsWith("../")) && !/\.[cm]?[jt]s$/.test(specifier)) {
      try {
        return next(`${specifier}.ts`, context);
      } catch {
        // Not a .ts file: resolve it as written.
      }
    }
    return next(specifier, context);
  },
});
