/**
 * What a reader sees on pages built from the fixture specs: field tables with nested fields and enum
 * values, every example, the "beyond the source documents" badge, and spec text that cannot inject HTML.
 */
import { cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite } from "../src/build-site.ts";
import { escapeHtml } from "../src/html.ts";
import { type BuiltSite, buildInto, elementIds, FIXTURE_SPECS } from "./site-helpers.ts";

let site: BuiltSite;
let partnerApi: string;
let events: string;

beforeAll(async () => {
  site = await buildInto(FIXTURE_SPECS);
  partnerApi = await site.page("partner-api.html");
  events = await site.page("events.html");
});

afterAll(async () => {
  await site.remove();
});

/** The `<tr>` that documents a field, so assertions look at that row and not the whole page. */
function fieldRow(page: string, name: string): string {
  const row = page.match(
    new RegExp(`<tr data-depth="\\d+">\\s*<td class="field-name"[^>]*><code>${name}</code>[\\s\\S]*?</tr>`),
  );
  if (!row) throw new Error(`no field row for ${name}`);
  return row[0];
}

function prettyJson(value: unknown): string {
  return escapeHtml(JSON.stringify(value, null, 2));
}

describe("a site built from the fixture specs", () => {
  it("writes the home page, one page per API and the stylesheet, and reports the counts", async () => {
    // The home page and five API pages, plus one page per package under the real packages/.
    expect(site.report).toMatchObject({ pages: 6 + site.report.packages, operations: 7, messages: 1 });
    expect(site.report.packages).toBeGreaterThan(0);
    const index = await site.page("index.html");
    for (const href of [
      "partner-api.html",
      "voice-adapter.html",
      "voice-api.html",
      "sandbox.html",
      "events.html",
    ]) {
      expect(index).toContain(`href="${href}"`);
    }
    expect(await site.page("site.css")).toContain(".extension-badge");
  });

  it("anchors operations and webhooks by operationId, with method and path", () => {
    const ids = elementIds(partnerApi);
    expect(ids).toContain("createVoiceProvider");
    expect(ids).toContain("getConversation");
    expect(ids).toContain("receiveConversationEvent");
    expect(partnerApi).toContain('<section class="tag-section webhooks" id="webhooks">');
    expect(partnerApi).toContain('<span class="method method-post">POST</span>');
    expect(partnerApi).toContain('/partners/<span class="path-param">{partnerId}</span>/voiceproviders');
  });

  it("indents nested object and array fields beneath their parent", () => {
    expect(fieldRow(partnerApi, "routing")).toContain('data-depth="0"');
    expect(fieldRow(partnerApi, "fallbacks")).toContain('data-depth="1"');
    expect(fieldRow(partnerApi, "fallbacks")).toContain("object[]");
    expect(fieldRow(partnerApi, "target_url")).toContain('data-depth="2"');
    expect(fieldRow(partnerApi, "target_url")).toContain('<span class="format">uri</span>');
    expect(fieldRow(partnerApi, "priority")).toContain("min <code>1</code>");
  });

  it("lists enum values, required flags, alternatives and guards circular refs", () => {
    const region = fieldRow(partnerApi, "region");
    for (const value of ["eu", "us", "apac"])
      expect(region).toContain(`<code>${escapeHtml(`"${value}"`)}</code>`);
    expect(fieldRow(partnerApi, "name")).toContain('<span class="required">required</span>');
    expect(partnerApi).toContain("<strong>Basic credentials</strong>");
    expect(partnerApi).toContain("<strong>Token</strong>");
    expect(fieldRow(partnerApi, "transferredFrom")).toContain("circular");
  });

  it("shows every named example as pretty-printed JSON", () => {
    expect(partnerApi).toContain(
      prettyJson({
        name: "acme-voice",
        accept_call_url: "https://adapter.example.test/accept",
        region: "eu",
      }),
    );
    expect(partnerApi).toContain(prettyJson({ id: "394e3814-7562-4f25-a854-2b74e91ad15a" }));
    expect(partnerApi).toContain(prettyJson({ code: "invalid_request", message: "name is required" }));
    expect(partnerApi).toContain("The smallest valid body");
  });

  it("marks what goes beyond the source documents, with the reason", () => {
    const reason = "Partners asked to pin adapters to a region.";
    expect(fieldRow(partnerApi, "region")).toContain(`title="${reason}"`);
    expect(fieldRow(partnerApi, "region")).toContain("beyond the source documents");
    expect(partnerApi).toContain("The softphone needs to read a conversation after a reload.");
  });

  it("escapes HTML in descriptions and extension reasons", () => {
    expect(partnerApi).not.toContain("<script>");
    expect(partnerApi).not.toContain("<img");
    expect(partnerApi).toContain("&lt;script&gt;alert(");
    expect(partnerApi).toContain("<strong>Markdown</strong>");
    expect(events).not.toContain("<b>with HTML</b>");
    expect(events).toContain("Fixture marker &lt;b&gt;with HTML&lt;/b&gt;.");
  });

  it("renders the events page: channel, operation and message with payload fields and examples", () => {
    const ids = elementIds(events);
    expect(ids).toContain("ParticipantCallInitiated");
    expect(ids).toContain("channel-participantEvents");
    expect(ids).toContain("operation-publishParticipantEvent");
    expect(events).toContain('<span class="method method-send">SEND</span>');
    expect(fieldRow(events, "participantId")).toContain('data-depth="1"');
    expect(events).toContain(
      prettyJson({
        type: "PARTICIPANTCALLINITIATED",
        conversationId: "c-1",
        participant: { participantId: "p-1", role: "agent" },
      }),
    );
  });

  it("follows path item refs and lists array responses by their element's fields", async () => {
    const voiceApi = await site.page("voice-api.html");
    expect(elementIds(voiceApi)).toContain("getCallStatus");
    expect(voiceApi).toContain("CallStatus[]");
    expect(fieldRow(voiceApi, "isdn_code")).toContain('data-depth="0"');
  });
});

describe("building with a spec missing", () => {
  it("fails and names the missing file", async () => {
    const specsDir = await mkdtemp(join(tmpdir(), "ccaas-docs-specs-"));
    try {
      await cp(FIXTURE_SPECS, specsDir, { recursive: true });
      await rm(join(specsDir, "voice-api.yaml"));
      const build = buildSite({ specsDir, outDir: join(specsDir, "site"), packagesDir: specsDir });
      await expect(build).rejects.toThrow(/voice-api\.yaml: not found/);
    } finally {
      await rm(specsDir, { recursive: true, force: true });
    }
  });
});
