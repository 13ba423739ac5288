#!/usr/bin/env node
// Stub CLI: stderr-noise behaviour (see winerr-stub.mjs).
process.env.WINERR_STUB_MODE = "stderr-noise";
await import("./winerr-stub.mjs");
