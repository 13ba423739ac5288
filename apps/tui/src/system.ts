import { messageOverride, type MessageOverride } from "@winerr/host/message-override";
import { findMessage, readMessageTables } from "@winerr/msgtable";

/**
 * `--system`: the message files the CLI's `decode --system` reads
 * (@winerr/host's messageOverride), read once, as an override for the detail
 * pane. `tag` picks the UI language's folder (de-DE); en-US follows, then
 * the catalog. A refusal is the host's MessageOverrideError, an ExitError (exit 2).
 */
export function systemOverride(env: NodeJS.ProcessEnv, tag?: string, platform: string = process.platform): MessageOverride {
  return messageOverride({ modules: [], system: true, lang: tag }, { readMessageTables, findMessage }, env, platform);
}
