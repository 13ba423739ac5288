#!/usr/bin/env node
// Stub CLI: decode-only behaviour (see winerr-stub.mjs).
process.env.WINERR_STUB_MODE = "decode-only";
await import("./winerr-stub.mjs");
