#!/usr/bin/env node
// Stub CLI: exit3 behaviour (see winerr-stub.mjs).
process.env.WINERR_STUB_MODE = "exit3";
await import("./winerr-stub.mjs");
