import { useInput } from "ink";
import type { Dispatch } from "react";
import type { Action } from "../state.js";

/** Every key press becomes one action; the reducer reads it against the current state. */
export function useKeys(dispatch: Dispatch<Action>): void {
  useInput((input, key) => dispatch({ type: "key", input, key }));
}
