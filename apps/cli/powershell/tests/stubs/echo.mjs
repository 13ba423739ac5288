#!/usr/bin/env node
// Stub CLI: echo behaviour (see winerr-stub.mjs).
process.env.WINERR_STUB_MODE = "echo";
await import("./winerr-stub.mjs");
