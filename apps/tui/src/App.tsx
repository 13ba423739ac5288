import type { EventEmitter } from "node:events";
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from "react";
import { Box, useApp, useStdout } from "ink";
import type { Catalog } from "@winerr/core";
import { CopyMenu } from "./components/CopyMenu.js";
import { FilterPicker } from "./components/FilterPicker.js";
import { HelpOverlay } from "./components/HelpOverlay.js";
import { DetailPane } from "./components/DetailPane.js";
import { QueryLine } from "./components/QueryLine.js";
import { ResultList } from "./components/ResultList.js";
import { StatusBar } from "./components/StatusBar.js";
import { useKeys } from "./hooks/useKeys.js";
import { useTerminalSize } from "./hooks/useTerminalSize.js";
import type { Visit } from "./history.js";
import { helpRows, rowsFor } from "./keys.js";
import { copyText, entryJson, facetLabel, type MessageOverride } from "./model.js";
import { osc52 } from "./osc52.js";
import { loadPages, pageModel } from "./pages.js";
import { contextOf, countLabel, createReducer, initialState, layout, pageLines, pickItems, selectedIndex, type Size } from "./state.js";
import { ThemeContext } from "./theme.js";

export interface AppProps {
  catalog: Catalog;
  /** The query to start with (`winerr-tui 0x80073621`). */
  query?: string;
  /** A fixed size (tests); otherwise the terminal's, following resizes. */
  size?: Size;
  color?: boolean;
  /** The detail's message from elsewhere (--system's files) where it has one. */
  messageOverride?: MessageOverride;
  /** Called with the entry's JSON when the user quits with print. */
  onPrint?: (json: string) => void;
  /** Called when the user cancels (Ctrl+C): the run ends with exit code 130. */
  onCancel?: () => void;
  /** Ctrl+L: redraw the whole screen (run.tsx clears it for Ink). */
  onRedraw?: () => void;
  /** Ctrl+Z: suspend the process (run.tsx restores the terminal first). */
  onSuspend?: () => void;
  /** Where OSC 52 goes; the terminal Ink draws on by default. */
  writeControl?: (sequence: string) => void;
  /** Opens a web link (run.tsx: $BROWSER or the system's opener); without it, the link is only shown. */
  onOpenUrl?: (url: string, onError: (line: string) => void) => void;
  /** Recent lookups (catalog rows) listed first for the empty query. */
  recent?: readonly number[];
  /** Told the entries whose page was opened in this run, oldest first (run.tsx saves them as history). */
  onVisits?: (visits: readonly Visit[]) => void;
  /** Notices from outside ("notice" events: run.tsx after a resume). */
  notices?: EventEmitter;
}

const HELP = helpRows();
const COPY = rowsFor("copy");
const COPIED: Record<string, string> = { line: "", name: "the name of ", hex: "the number of ", message: "the message of ", json: "the JSON of " };

export function App({ catalog, query = "", size, color = true, messageOverride, onPrint, onCancel, onRedraw, onSuspend, writeControl, notices, onOpenUrl, recent, onVisits }: AppProps) {
  const { exit } = useApp();
  const { stdout } = useStdout();
  const reducer = useMemo(() => createReducer(catalog, messageOverride, HELP.length), [catalog, messageOverride]);
  const [state, dispatch] = useReducer(reducer, undefined, () =>
    initialState(catalog, query, size ?? { columns: stdout.columns || 80, rows: stdout.rows || 24 }, recent),
  );
  useEffect(() => {
    if (state.visits.length > 0) onVisits?.(state.visits);
  }, [state.visits, onVisits]);
  const onResize = useCallback((s: Size) => dispatch({ type: "resize", size: s }), []);
  useTerminalSize(size, onResize);

  const index = selectedIndex(state);
  useKeys(dispatch);
  useEffect(() => {
    if (notices === undefined) return;
    const on = (text: string) => dispatch({ type: "notice", text });
    notices.on("notice", on);
    return () => void notices.off("notice", on);
  }, [notices]);
  const done = useRef(0);
  useEffect(() => {
    for (const e of state.effects) {
      if (e.seq <= done.current) continue;
      done.current = e.seq;
      if (e.type === "quit") return exit();
      if (e.type === "cancel") {
        onCancel?.();
        return exit();
      }
      if (e.type === "redraw") {
        onRedraw?.();
        // A frame unlike the last, so that Ink writes it whole.
        dispatch({ type: "notice", text: "Redrawn." });
        continue;
      }
      if (e.type === "suspend") {
        if (onSuspend === undefined) dispatch({ type: "notice", text: "Cannot suspend here (no job control)." });
        else onSuspend();
        continue;
      }
      if (e.type === "open") {
        const url = e.url ?? "";
        if (onOpenUrl === undefined) dispatch({ type: "notice", text: `Link: ${url}` });
        else {
          onOpenUrl(url, (line) => dispatch({ type: "notice", text: line }));
          dispatch({ type: "notice", text: `Opening ${url}` });
        }
        continue;
      }
      if (e.index === null) {
        dispatch({ type: "notice", text: `Nothing selected to ${e.type}.` });
        continue;
      }
      if (e.type === "copy") {
        const what = e.what ?? "line";
        (writeControl ?? ((s: string) => stdout.write(s)))(osc52(copyText(catalog, e.index, what)));
        dispatch({ type: "notice", text: `Copied ${COPIED[what] ?? ""}${catalog.nameOf(e.index)} (OSC 52).` });
        continue;
      }
      onPrint?.(entryJson(catalog, e.index));
      return exit();
    }
  }, [state.effects, catalog, exit, onPrint, onCancel, onRedraw, onSuspend, onOpenUrl, stdout, writeControl]);

  const { columns } = state.size;
  const box = layout(state.size, state.focus, state.results.count);
  // The page model (core's group table and related codes) is imported after the first frame.
  const [pagesReady, setPagesReady] = useState(() => pageModel() !== null);
  useEffect(() => {
    if (!pagesReady) void loadPages().then(() => setPagesReady(true));
  }, [pagesReady]);
  const reading = state.focus === "detail";
  // One frame per key (or per burst of keys read together): the query line,
  // the list and the selection's page. Keys typed while a frame is computed
  // are read together afterwards and make one frame.
  const lines = useMemo(
    () => (index === null || !pagesReady ? [] : pageLines(catalog, index, columns, messageOverride)),
    [catalog, index, messageOverride, columns, pagesReady],
  );
  const filterLabel = [state.filter.kind, state.filter.facet === null ? null : facetLabel(catalog, state.filter.facet)].filter((x) => x !== null).join(" · ");
  const count = countLabel(state);
  const context = contextOf(state);

  return (
    <ThemeContext.Provider value={{ color }}>
      <Box flexDirection="column" width={columns} height={Math.max(1, state.size.rows - 1)} overflowY="hidden">
        <QueryLine query={state.query} cursor={state.cursor} focused={context === "list"} count={count} filter={filterLabel === "" ? null : filterLabel} />
        {state.overlay === "help" ? (
          <HelpOverlay rows={HELP} top={state.helpTop} height={box.body} columns={columns} />
        ) : state.overlay === "copy" ? (
          <CopyMenu name={index === null ? "" : catalog.nameOf(index)} rows={COPY} height={box.body} />
        ) : state.overlay === "filter" ? (
          <FilterPicker catalog={catalog} items={pickItems(catalog, state.pickQuery.text)} search={state.pickQuery} pick={state.pick} top={state.pickTop} height={box.body} />
        ) : (
          <Box flexDirection="column" height={box.body} overflowY="hidden">
            <ResultList catalog={catalog} results={state.results} selected={state.selected} top={state.top} height={box.list} columns={columns} focused={!reading} />
            {box.detail > 0 ? (
              <DetailPane lines={lines} height={box.detail} width={columns} reading={reading} link={state.link} scroll={reading ? state.scroll : 0} found={reading ? (state.found?.text ?? null) : null} />
            ) : null}
          </Box>
        )}
        <StatusBar notice={state.notice} context={context} columns={columns} find={state.findPrompt} />
      </Box>
    </ThemeContext.Provider>
  );
}
