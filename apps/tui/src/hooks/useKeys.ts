import { useInput } from "ink";
import type { Dispatch } from "react";
import { commandFor, type Command, type Context } from "../keys.js";
import { escapeQuits, type Action, type State } from "../state.js";

export interface KeyEffects {
  copy: () => void;
  print: () => void;
  quit: () => void;
}

/** Key presses to reducer actions; the three with effects outside the state go to `effects`. */
export function useKeys(state: State, dispatch: Dispatch<Action>, effects: KeyEffects): void {
  useInput((input, key) => {
    const context: Context = state.overlay ?? state.focus;
    const c: Command | null = commandFor(input, key, context);
    if (c === null) return;
    switch (c.type) {
      case "copy":
        return effects.copy();
      case "print":
        return effects.print();
      case "quit":
        return effects.quit();
      case "escape":
        if (escapeQuits(state)) return effects.quit();
        return dispatch(c);
      default:
        return dispatch(c);
    }
  });
}
