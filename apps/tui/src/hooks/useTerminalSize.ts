import { useEffect } from "react";
import { useStdout } from "ink";
import type { Size } from "../state.js";

/** Reports the terminal's size whenever it changes (unless the size is fixed). */
export function useTerminalSize(fixed: Size | undefined, onResize: (size: Size) => void): void {
  const { stdout } = useStdout();
  useEffect(() => {
    if (fixed !== undefined) return;
    const report = () => onResize({ columns: stdout.columns || 80, rows: stdout.rows || 24 });
    stdout.on("resize", report);
    return () => {
      stdout.off("resize", report);
    };
  }, [fixed, stdout, onResize]);
}
