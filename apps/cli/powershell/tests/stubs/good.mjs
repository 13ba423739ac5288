#!/usr/bin/env node
// Stub CLI: good behaviour (see winerr-stub.mjs).
process.env.WINERR_STUB_MODE = "good";
await import("./winerr-stub.mjs");
