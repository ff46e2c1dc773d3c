/**
 * @ccaas/softphone/testing: fakes for unit tests of the softphone and of apps built on it. A fake signaling
 * server (`signalingTransport`), fake WebRTC (`rtc`) and conversations to push. Not for production code.
 */

export { FakeCall, type FakeCallInit, fakeId, type LegChange } from "./testing/fake-conversations";
export {
  createFakeRtc,
  FakeMediaStream,
  FakeMediaStreamTrack,
  FakePeerConnection,
  type FakeRtc,
  type FakeRtcStats,
  FakeRtpSender,
} from "./testing/fake-rtc";
export {
  createFakeSignaling,
  FAKE_OFFER,
  type FakeProposeInit,
  type FakeSignaling,
  type FakeSignalingOptions,
} from "./testing/fake-signaling";
