#!/usr/bin/env node
// Stub CLI: bad-json behaviour (see winerr-stub.mjs).
process.env.WINERR_STUB_MODE = "bad-json";
await import("./winerr-stub.mjs");
