# Sourced by the packaging checks: what mine2ai-cli's own help says it accepts.
#   cli_commands CLI          → the command names under "Commands:" of CLI --help, one per line
#   cli_options CLI COMMAND   → every option name (-o, --output, …) under "Options:" of COMMAND --help
cli_commands() {
  "$1" --help | awk '/^Commands:/ { on = 1; next } on && /^$/ { exit } on && /^  [^ ]/ { print $1 }'
}
cli_options() {
  # An option line is "  -o, --output OUT      description" (a long label gets the description on
  # the next line): the label ends at the first run of two spaces.
  "$1" "$2" --help | awk '
    /^Options:/ { on = 1; next }
    on && /^$/ { exit }
    on && /^  -/ {
      label = substr($0, 3); cut = index(label, "  "); if (cut) label = substr(label, 1, cut - 1)
      n = split(label, parts, ", ")
      for (i = 1; i <= n; i++) { split(parts[i], words, " "); print words[1] }
    }'
}
