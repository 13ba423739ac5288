import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from "react";
import { Box, useApp, useStdout } from "ink";
import type { Catalog } from "@winerr/core";
import { FilterPicker } from "./components/FilterPicker.js";
import { HelpOverlay } from "./components/HelpOverlay.js";
import { DetailPane } from "./components/DetailPane.js";
import { QueryLine } from "./components/QueryLine.js";
import { ResultList } from "./components/ResultList.js";
import { StatusBar } from "./components/StatusBar.js";
import { detailLines, paneTop } from "./detail-lines.js";
import { useKeys } from "./hooks/useKeys.js";
import { useTerminalSize } from "./hooks/useTerminalSize.js";
import { entryJson, entryText, facetLabel, facets, withOverride, type MessageOverride } from "./model.js";
import { osc52 } from "./osc52.js";
import { createReducer, detailFor, initialState, layout, selectedIndex, type Size } from "./state.js";
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
  /** Where OSC 52 goes; the terminal Ink draws on by default. */
  writeControl?: (sequence: string) => void;
}

export function App({ catalog, query = "", size, color = true, messageOverride, onPrint, writeControl }: AppProps) {
  const { exit } = useApp();
  const { stdout } = useStdout();
  const reducer = useMemo(() => createReducer(catalog), [catalog]);
  const [state, dispatch] = useReducer(reducer, undefined, () =>
    initialState(catalog, query, size ?? { columns: stdout.columns || 80, rows: stdout.rows || 24 }),
  );
  const onResize = useCallback((s: Size) => dispatch({ type: "resize", size: s }), []);
  useTerminalSize(size, onResize);

  const index = selectedIndex(state);
  useKeys(dispatch);
  const done = useRef(0);
  useEffect(() => {
    const e = state.effect;
    if (e === null || e.seq === done.current) return;
    done.current = e.seq;
    if (e.type === "quit") return exit();
    if (index === null) return dispatch({ type: "notice", text: `Nothing selected to ${e.type}.` });
    if (e.type === "copy") {
      (writeControl ?? ((s: string) => stdout.write(s)))(osc52(entryText(catalog, index)));
      return dispatch({ type: "notice", text: `Copied ${catalog.row(index)[0]} (OSC 52).` });
    }
    onPrint?.(entryJson(catalog, index));
    exit();
  }, [state.effect, index, catalog, exit, onPrint, stdout, writeControl]);

  const { columns } = state.size;
  const box = layout(state.size, state.focus, state.results.count);
  // The detail pane follows the selection one macrotask later: a key's frame
  // (query, list) is drawn first, the new entry's page right after, and a
  // burst of keys computes only the page it stops on. In link mode the pane
  // is the selection's own (entering it does not move the selection).
  const [shown, setShown] = useState(index);
  useEffect(() => {
    if (shown === index) return;
    const t = setTimeout(() => setShown(index), 0);
    return () => clearTimeout(t);
  }, [index, shown]);
  const detailIndex = state.focus === "detail" ? index : shown;
  const lines = useMemo(
    () => (detailIndex === null ? [] : detailLines(catalog, withOverride(detailFor(catalog, detailIndex), messageOverride), columns)),
    [catalog, detailIndex, messageOverride, columns],
  );
  const linkMode = state.focus === "detail";
  const filterLabel = [state.filter.kind, state.filter.facet === null ? null : facetLabel(catalog, state.filter.facet)].filter((x) => x !== null).join(" · ");
  const count = state.results.count === 0 ? "0" : `${state.selected + 1}/${state.results.count}`;

  return (
    <ThemeContext.Provider value={{ color }}>
      <Box flexDirection="column" width={columns} height={Math.max(1, state.size.rows - 1)} overflowY="hidden">
        <QueryLine query={state.query} focused={state.focus === "list" && state.overlay === null} count={count} filter={filterLabel === "" ? null : filterLabel} />
        {state.overlay === "help" ? (
          <HelpOverlay height={box.body} />
        ) : state.overlay === "filter" ? (
          <FilterPicker catalog={catalog} facets={facets(catalog)} pick={state.pick} top={state.pickTop} height={box.body} />
        ) : (
          <Box flexDirection="column" height={box.body} overflowY="hidden">
            <ResultList catalog={catalog} results={state.results} selected={state.selected} top={state.top} height={box.list} columns={columns} focused={!linkMode} />
            {box.detail > 0 ? (
              <Box borderStyle="single" borderTop borderBottom={false} borderLeft={false} borderRight={false} borderDimColor flexShrink={0} height={box.detail + 1}>
                <DetailPane lines={lines} height={box.detail} linkMode={linkMode} link={state.link} scroll={linkMode ? paneTop(lines, state.link, box.detail, state.paneScroll) : 0} />
              </Box>
            ) : null}
          </Box>
        )}
        <StatusBar notice={state.notice} focus={state.focus} />
      </Box>
    </ThemeContext.Provider>
  );
}
