/**
 * The pages of the site, the spec each is built from, and what each rendered page reports back (for the
 * home page cards and the build summary). The site has exactly these pages; no spec, no build.
 */

export interface ApiPage {
  slug: string;
  /** The spec file, relative to the specs directory. */
  file: string;
  kind: "openapi" | "asyncapi";
  /** Short name for navigation; the page heading comes from the spec's `info.title`. */
  navTitle: string;
  /** Who reads this page, for the home page. */
  audience: string;
}

export const API_PAGES: readonly ApiPage[] = [
  {
    slug: "partner-api",
    file: "partner-api.yaml",
    kind: "openapi",
    navTitle: "Partner API",
    audience:
      "Register voice providers, associate phone numbers, create channels, receive conversation webhooks.",
  },
  {
    slug: "voice-adapter",
    file: "voice-adapter.yaml",
    kind: "openapi",
    navTitle: "Voice adapter",
    audience:
      "What your voice adapter serves: accept, end, hold, resume, mute, unmute and token. The softphone calls it.",
  },
  {
    slug: "voice-api",
    file: "voice-api.yaml",
    kind: "openapi",
    navTitle: "Voice API",
    audience: "Login, web-phone settings, create a call and follow its status.",
  },
  {
    slug: "sandbox",
    file: "sandbox.yaml",
    kind: "openapi",
    navTitle: "Sandbox",
    audience:
      "The local platform's control API: ring an agent, read a call's media stats, mark a web phone online.",
  },
  {
    slug: "events",
    file: "asyncapi.yaml",
    kind: "asyncapi",
    navTitle: "Events",
    audience:
      "Everything that is not HTTP: Kafka participant events, softphone signaling, the CRM wrapper contract, Interaction Processor commands.",
  },
];

export function pageHref(slug: string): string {
  return slug === "index" ? "index.html" : `${slug}.html`;
}

/** A package's API page: `@ccaas/softphone` -> `package-softphone` (never an API page's slug). */
export function packagePageSlug(packageName: string): string {
  const bare = packageName.replace(/^@[^/]+\//, "");
  return `package-${bare.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`;
}

export interface PageSummary {
  slug: string;
  title: string;
  version: string;
  description: string | undefined;
  /** Human counts for the home page card: "12 operations", "3 webhooks". */
  counts: readonly string[];
  operationCount: number;
  messageCount: number;
}

export interface RenderedPage {
  slug: string;
  html: string;
  summary: PageSummary;
}

export function countLabel(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
