import { useEffect, useRef } from "react";
import { useInput, useStdin } from "ink";
import type { Dispatch } from "react";
import { KeyReader, type KeyPress } from "../input.js";
import type { Action } from "../state.js";

/**
 * Every key press, in order, as actions. Ink's `useInput` hands over a burst
 * read together (three Ctrl+N, a paste and its Enter) as one event and
 * parses it as one key, so this reads Ink's raw input events and splits each
 * into its keys (input.ts). The keys are dispatched from Ink's own input
 * callback, which runs right after, inside React's batched updates (so the
 * frame follows at once); a microtask dispatches any keys it did not take.
 */
export function useKeys(dispatch: Dispatch<Action>): void {
  const { internal_eventEmitter: events } = useStdin();
  const reader = useRef(new KeyReader());
  const queued = useRef<KeyPress[]>([]);
  const flush = () => {
    const keys = queued.current;
    if (keys.length === 0) return;
    queued.current = [];
    dispatch({ type: "keys", keys });
  };
  useEffect(() => {
    const onInput = (data: string) => {
      const keys = reader.current.feed(data);
      if (keys.length === 0) return;
      if (queued.current.length === 0) queueMicrotask(flush);
      queued.current.push(...keys);
    };
    // Registered before useInput's listener below, so a read's keys are queued when it runs.
    events.prependListener("input", onInput);
    return () => {
      events.removeListener("input", onInput);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [events]);
  useInput(flush);
}
