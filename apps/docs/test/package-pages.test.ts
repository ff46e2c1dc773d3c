/**
 * What a reader finds on the package pages: one per published package under packages/, each export of
 * each entry point with its kind, declaration and TSDoc, anchored once; nothing for private packages.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderPackagePages } from "../src/packages/package-pages.ts";
import { readPackages } from "../src/read-packages.ts";
import { type BuiltSite, buildInto, elementIds, FIXTURE_SPECS } from "./site-helpers.ts";

const PACKAGES = fileURLToPath(new URL("../../../packages/", import.meta.url));
const FIXTURE_PACKAGES = fileURLToPath(new URL("./fixtures/packages/", import.meta.url));

/** Published packages, read straight from the manifests rather than through the code under test. */
function publishedPackageNames(): string[] {
  return readdirSync(PACKAGES, { withFileTypes: true }).flatMap((entry) => {
    if (!entry.isDirectory()) return [];
    try {
      const manifest = JSON.parse(readFileSync(join(PACKAGES, entry.name, "package.json"), "utf8"));
      return manifest.private === true ? [] : [manifest.name as string];
    } catch {
      return [];
    }
  });
}

/** The `<article>` that documents one export, found by its anchor. */
function exportArticle(page: string, anchor: string): string {
  const article = page.match(new RegExp(`<article class="[^"]*" id="${anchor}">[\\s\\S]*?</article>`));
  if (!article) throw new Error(`no export anchored #${anchor}`);
  return article[0];
}

/** The entry point's section, so an export is checked under the right import path. */
function entrySection(page: string, id: string): string {
  const section = page.match(
    new RegExp(`<section class="tag-section api-entry" id="${id}">[\\s\\S]*?</section>`),
  );
  if (!section) throw new Error(`no entry section #${id}`);
  return section[0];
}

/** Every id, with duplicates, in page order. */
function allIds(page: string): string[] {
  return [...page.matchAll(/\sid="([^"]*)"/g)].map((match) => match[1] ?? "");
}

let site: BuiltSite;

beforeAll(async () => {
  site = await buildInto(FIXTURE_SPECS);
});

afterAll(async () => {
  await site.remove();
});

describe("package pages built from packages/", () => {
  it("writes one page per published package, linked from the home page; none for private ones", async () => {
    const names = publishedPackageNames();
    expect(names).toContain("@ccaas/softphone");
    expect(site.report.packages).toBe(names.length);
    const index = await site.page("index.html");
    for (const name of names) {
      const file = `package-${name.replace("@ccaas/", "")}.html`;
      expect(index).toContain(`<a href="${file}"><code>${name}</code></a>`);
      expect(await site.page(file)).toContain(`<h1>${name} `);
    }
    await expect(site.page("package-test-browser.html")).rejects.toThrow(/ENOENT/);
    expect(index).not.toContain("@ccaas/test-browser");
  });

  it("lists createSoftphone with its TSDoc under @ccaas/softphone and createCrmHost under ./crm", async () => {
    const page = await site.page("package-softphone.html");
    const root = entrySection(page, "entry");
    expect(root).toContain("<h2><code>@ccaas/softphone</code></h2>");
    const createSoftphone = exportArticle(root, "createSoftphone");
    expect(createSoftphone).toContain('<span class="api-kind api-kind-function">function</span>');
    expect(createSoftphone).toContain("function createSoftphone(options: SoftphoneOptions): Softphone");
    expect(createSoftphone).toContain(
      "Creates a softphone. Nothing connects until <code>initialize()</code>",
    );
    expect(createSoftphone).toContain("<h4>Example</h4>");

    const crm = entrySection(page, "entry-crm");
    expect(crm).toContain("<h2><code>@ccaas/softphone/crm</code></h2>");
    expect(exportArticle(crm, "crm.createCrmHost")).toContain("function createCrmHost(");
    expect(page).toContain('href="#crm.createCrmHost"');
  });

  it("lists createAgentClient under @ccaas/partner-api/agent", async () => {
    const page = await site.page("package-partner-api.html");
    const agent = entrySection(page, "entry-agent");
    expect(agent).toContain("<h2><code>@ccaas/partner-api/agent</code></h2>");
    const article = exportArticle(agent, "agent.createAgentClient");
    expect(article).toContain("function createAgentClient(");
    expect(article).not.toContain("No TSDoc summary.");
  });

  it("gives every element on every package page a unique id", async () => {
    for (const name of publishedPackageNames()) {
      const ids = allIds(await site.page(`package-${name.replace("@ccaas/", "")}.html`));
      expect(ids.length, name).toBeGreaterThan(0);
      expect(
        ids.filter((id, index) => ids.indexOf(id) !== index),
        name,
      ).toEqual([]);
    }
  });
});

describe("a package page built from a fixture package", () => {
  let page: string;

  beforeAll(async () => {
    const packages = await readPackages(FIXTURE_PACKAGES);
    expect(packages.map((pkg) => pkg.name)).toEqual(["@fixture/widget"]);
    const pages = await renderPackagePages(FIXTURE_PACKAGES, packages);
    page = pages[0]?.html ?? "";
  });

  it("shows each kind with its declaration, deprecation and example", () => {
    expect(exportArticle(page, "makeWidget")).toContain(
      "function makeWidget(options: WidgetOptions): { label: string; }",
    );
    expect(exportArticle(page, "makeWidget")).toContain(
      "const widget = makeWidget({ label: &quot;hi&quot; });",
    );
    expect(exportArticle(page, "WidgetOptions")).toContain(
      "interface WidgetOptions {\n    label: string;\n}",
    );
    expect(exportArticle(page, "DEFAULT_LABEL")).toContain(
      "Deprecated.</strong> Use <code>makeWidget</code>.",
    );
    expect(exportArticle(page, "DEFAULT_LABEL")).toContain("const DEFAULT_LABEL: &quot;widget&quot;");
    const widgetError = exportArticle(page, "extra.WidgetError");
    expect(widgetError).toContain("class WidgetError extends Error {\n  constructor(reason: string);");
    expect(widgetError).toContain("readonly reason: string;");
  });

  it("anchors a name exported from two entry points once per entry point", () => {
    expect(elementIds(page)).toContain("shared");
    expect(elementIds(page)).toContain("extra.shared");
  });

  it("escapes HTML from the README, the description and TSDoc; README file links stay text", () => {
    expect(page).not.toContain("<script>");
    expect(page).not.toContain("<img");
    expect(page).not.toContain("<b>with HTML</b>");
    expect(page).toContain("&lt;script&gt;");
    expect(page).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(page).not.toContain('href="./docs/guide.md"');
    expect(page).toContain('<a href="https://example.test/">the web</a>');
  });
});
