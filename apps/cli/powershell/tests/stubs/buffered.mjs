#!/usr/bin/env node
// Stub CLI: decode answers only at the end of its input (see winerr-stub.mjs).
process.env.WINERR_STUB_MODE = "buffered";
await import("./winerr-stub.mjs");
