/**
 * The shell completion scripts `mindlines completion bash|zsh|fish` prints (issue 17). Each is a thin wrapper: it
 * hands the words typed so far to `mindlines __complete`, which answers from the same declarations as `--help`
 * and from the journal (templates, profiles, tags, short ids), one `value<TAB>description` per line.
 */
export const completionScripts = {
  bash: `# mindlines completion for bash. Install: echo 'eval "$(mindlines completion bash)"' >> ~/.bashrc
_mindlines() {
  local cur="\${COMP_WORDS[COMP_CWORD]}"
  local IFS=$'\\n'
  local values
  values=$(mindlines __complete -- "\${COMP_WORDS[@]:1:COMP_CWORD}" 2>/dev/null | cut -f1)
  COMPREPLY=($(compgen -W "$values" -- "$cur"))
}
complete -o default -F _mindlines mindlines
`,
  zsh: `#compdef mindlines
# mindlines completion for zsh. Install: echo 'eval "$(mindlines completion zsh)"' >> ~/.zshrc
_mindlines() {
  local -a lines described
  local line value description
  lines=("\${(@f)$(mindlines __complete -- "\${(@)words[2,CURRENT]}" 2>/dev/null)}")
  for line in $lines; do
    [[ -z $line ]] && continue
    value=\${line%%$'\\t'*}
    description=\${line#*$'\\t'}
    [[ $description == $line ]] && description=''
    described+=("\${value//:/\\\\:}\${description:+:$description}")
  done
  if (( \${#described} )); then _describe 'mindlines' described; else _files; fi
}
if (( $+functions[compdef] )); then compdef _mindlines mindlines; fi
`,
  fish: `# mindlines completion for fish. Install: mindlines completion fish > ~/.config/fish/completions/mindlines.fish
function __mindlines_complete
    set -l words (commandline -opc) (commandline -ct)
    mindlines __complete -- $words[2..-1] 2>/dev/null
end
complete -c mindlines -f -a '(__mindlines_complete)'
`,
} as const;

export type Shell = keyof typeof completionScripts;
