import { createContext, useContext } from "react";

/** Colour or none (NO_COLOR); components ask for colours only through this. */
export interface Theme {
  color: boolean;
}

export const ThemeContext = createContext<Theme>({ color: true });

export function useTheme(): Theme {
  return useContext(ThemeContext);
}

/** The colour name when colours are on, else undefined (Ink then sets none). */
export function tint(theme: Theme, color: string): string | undefined {
  return theme.color ? color : undefined;
}
