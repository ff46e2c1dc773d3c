/**
 * A profile of the per-request path, for `node --cpu-prof`: a few thousand sequential requests through one
 * client against the same in-process server as index.ts. Not run by `pnpm bench`.
 *
 *   node --experimental-strip-types --cpu-prof --cpu-prof-dir=<dir> bench/clients/profile.ts <subject>
 *
 * Subjects: partner (listVoiceProviders), fetch (the same GET, bare), voice (getCallStatus), fetch-post (the
 * same POST, bare). Then `bench/clients/top.ts <client.cpuprofile> <fetch.cpuprofile> <requests>` lists the
 * costs beyond the bare fetch (PROFILE_REQUESTS, default 5 000).
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { createPartnerClient } from "@ccaas/partner-api";
import { createVoiceClient } from "@ccaas/voice-api";

const subject = process.argv[2] ?? "partner";
const count = Number(process.env.PROFILE_REQUESTS ?? 5_000);
const json = JSON.stringify({ items: [{ id: "394e3814-7562-4f25-a854-2b74e91ad15a", name: "acme-voice" }] });
const status = JSON.stringify([{ _id: "5d7bd7d87b2e3252147f8be4", status: "Dialing" }]);
const login = JSON.stringify([{ token: "bench-token", expires_in: 21600 }]);
const server = createServer((request, response) => {
  request.resume();
  request.on("end", () => {
    const body = request.url === "/Voice/Login" ? login : request.url?.startsWith("/Voice/") ? status : json;
    response.writeHead(200, { "content-type": "application/json", "x-request-id": "req_bench" });
    response.end(body);
  });
});
await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

const partnerId = "215fd887-39be-4935-981f-2670d6afeaa7";
const partner = createPartnerClient({
  baseUrl: base,
  partnerId,
  clientId: "bench-client",
  clientSecret: "bench-secret",
  templateVersion: "1",
});
const voice = createVoiceClient({
  baseUrl: `${base}/Voice`,
  login: "bench",
  password: "bench",
  codCampaign: "0",
});
const headers = {
  authorization: `Basic ${btoa("bench-client:bench-secret")}`,
  "x-resource-template-version": "1",
};
const run: Record<string, () => Promise<unknown>> = {
  partner: () => partner.listVoiceProviders(),
  voice: () => voice.getCallStatus("5d7bd7d87b2e3252147f8be4"),
  fetch: async () => (await fetch(`${base}/partners/${partnerId}/voiceproviders`, { headers })).json(),
  "fetch-post": async () =>
    (
      await fetch(`${base}/Voice/Call/Status`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ token: "bench-token", codCampaign: "0", _id: "5d7bd7d87b2e3252147f8be4" }),
      })
    ).json(),
};
if (subject === "voice") await voice.getCallStatus("5d7bd7d87b2e3252147f8be4"); // the login, before
const send = run[subject];
if (send === undefined) throw new Error(`Unknown subject ${subject}: ${Object.keys(run).join(", ")}.`);
const started = performance.now();
for (let i = 0; i < count; i += 1) await send();
console.log(
  `${subject}: ${count} requests, ${(((performance.now() - started) * 1000) / count).toFixed(1)} µs each`,
);
server.close();
