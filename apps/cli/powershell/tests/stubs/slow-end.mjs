#!/usr/bin/env node
// Stub CLI: decode answers at the end of its input, the last one 5 s later (see winerr-stub.mjs).
process.env.WINERR_STUB_MODE = "slow-end";
await import("./winerr-stub.mjs");
