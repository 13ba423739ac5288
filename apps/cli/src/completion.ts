import type { Command } from "commander";
import { ExitError } from "@winerr/host/errors";

/** What completes: each command's long flags; an implicit decode takes decode's. */
export interface CompletionSpec {
  commands: { name: string; flags: string[]; files: boolean }[];
  globalFlags: string[];
}

export const SHELLS = ["bash", "zsh", "fish", "pwsh"] as const;

/** The spec read from commander's definitions, so a new flag completes without an edit here. */
export function completionSpec(program: Command): CompletionSpec {
  const longs = (c: Command): string[] => c.options.map((o) => o.long).filter((l): l is string => l !== undefined);
  const commands = program.commands.map((c) => ({
    name: c.name(),
    flags: [...new Set([...longs(c), "--help"])],
    // Commands whose argument is a file (export: its --out folder).
    files: ["scan", "msgtable", "export"].includes(c.name()),
  }));
  // `help COMMAND` completes command names.
  commands.push({ name: "help", flags: commands.map((c) => c.name), files: false });
  return { commands, globalFlags: ["--help", "--version"] };
}

const words = (list: readonly string[]): string => [...new Set(list)].join(" ");

function bash(spec: CompletionSpec): string {
  const decode = spec.commands.find((c) => c.name === "decode")?.flags ?? [];
  const cases = spec.commands.map((c) => `    ${c.name}) words="${words(c.name === "completion" ? [...SHELLS] : c.flags)}" ;;`).join("\n");
  return `# winerr completion for bash. Load with: eval "$(winerr completion bash)"
_winerr() {
  local cur=\${COMP_WORDS[COMP_CWORD]} cmd="" words i
  for ((i = 1; i < COMP_CWORD; i++)); do
    case \${COMP_WORDS[i]} in -*) ;; *) cmd=\${COMP_WORDS[i]}; break ;; esac
  done
  case $cmd in
    "") words="${words([...spec.commands.map((c) => c.name), ...spec.globalFlags, ...decode])}" ;;
${cases}
    *) words="${words(decode)}" ;;
  esac
  COMPREPLY=($(compgen -W "$words" -- "$cur"))
}
complete -o default -F _winerr winerr
`;
}

function zsh(spec: CompletionSpec): string {
  const decode = spec.commands.find((c) => c.name === "decode")?.flags ?? [];
  const cases = spec.commands.map((c) => `    ${c.name}) compadd -- ${words(c.name === "completion" ? [...SHELLS] : c.flags)}${c.files ? "; _files" : ""} ;;`).join("\n");
  return `#compdef winerr
# winerr completion for zsh. Load with: source <(winerr completion zsh)
_winerr() {
  local cmd="" w
  for w in "\${(@)words[2,CURRENT-1]}"; do
    [[ $w == -* ]] || { cmd=$w; break; }
  done
  case $cmd in
    "") compadd -- ${words([...spec.commands.map((c) => c.name), ...spec.globalFlags, ...decode])} ;;
${cases}
    *) compadd -- ${words(decode)} ;;
  esac
}
compdef _winerr winerr
`;
}

function fish(spec: CompletionSpec): string {
  const names = spec.commands.map((c) => c.name);
  const decode = spec.commands.find((c) => c.name === "decode")?.flags ?? [];
  const lines = [
    "# winerr completion for fish. Load with: winerr completion fish | source",
    "complete -c winerr -f",
    `complete -c winerr -n __fish_use_subcommand -a "${words(names)}"`,
    ...[...spec.globalFlags, ...decode].map((f) => `complete -c winerr -n __fish_use_subcommand -l ${f.slice(2)}`),
  ];
  for (const c of spec.commands) {
    const when = `"__fish_seen_subcommand_from ${c.name}"`;
    if (c.name === "completion") lines.push(`complete -c winerr -n ${when} -a "${words(SHELLS)}"`);
    else lines.push(...c.flags.map((f) => `complete -c winerr -n ${when} -l ${f.slice(2)}`));
    if (c.files) lines.push(`complete -c winerr -n ${when} -F`);
  }
  return lines.join("\n") + "\n";
}

function pwsh(spec: CompletionSpec): string {
  const quoted = (list: readonly string[]): string => `@(${list.map((w) => `'${w}'`).join(", ")})`;
  const table = spec.commands.map((c) => `        '${c.name}' = ${quoted(c.name === "completion" ? [...SHELLS] : c.flags)}`).join("\n");
  const decode = spec.commands.find((c) => c.name === "decode")?.flags ?? [];
  return `# winerr completion for PowerShell. Load with: winerr completion pwsh | Out-String | Invoke-Expression
Register-ArgumentCompleter -Native -CommandName winerr -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)
    $flags = @{
${table}
    }
    $words = @($commandAst.CommandElements | Select-Object -Skip 1 | ForEach-Object { $_.ToString() })
    $cmd = $words | Where-Object { $_ -notlike '-*' -and $_ -ne $wordToComplete } | Select-Object -First 1
    $candidates = if (-not $cmd) { ${quoted([...spec.commands.map((c) => c.name), ...spec.globalFlags, ...decode])} }
        elseif ($flags.ContainsKey($cmd)) { $flags[$cmd] }
        else { $flags['decode'] }
    $candidates | Where-Object { $_ -like "$wordToComplete*" } | ForEach-Object {
        [System.Management.Automation.CompletionResult]::new($_, $_, 'ParameterValue', $_)
    }
}
`;
}

/** Each shell's script; `powershell` is another name for `pwsh`. */
const SCRIPTS: Record<string, (spec: CompletionSpec) => string> = { bash, zsh, fish, pwsh, powershell: pwsh };

/** `winerr completion SHELL`: a script for that shell that completes commands and flags. */
export function completionScript(shell: string, spec: CompletionSpec): string {
  const script = Object.hasOwn(SCRIPTS, shell) ? SCRIPTS[shell] : undefined;
  if (script === undefined) throw new ExitError(`completion takes one of ${SHELLS.join(", ")}, not ${JSON.stringify(shell)}`);
  return script(spec);
}
