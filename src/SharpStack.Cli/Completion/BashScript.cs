namespace SharpStack.Cli.Completion;

/// <summary>
/// The bash completion script: bash hands the line up to the cursor to `sharpstack __complete`,
/// which answers from the cached catalog; "name=" candidates do not get a trailing space.
/// </summary>
public static class BashScript
{
    public const string Text = """
        # sharpstack bash completion: add to ~/.bashrc
        #   source <(sharpstack completion bash)
        _sharpstack_complete() {
            local IFS=$'\n'
            local line="${COMP_LINE:0:$COMP_POINT}"
            local current="${COMP_WORDS[COMP_CWORD]}"
            COMPREPLY=( $(sharpstack __complete "$line" 2>/dev/null) )
            if [[ ${#COMPREPLY[@]} -eq 1 && ${COMPREPLY[0]} == *= ]]; then
                compopt -o nospace
            fi
            if [[ "$current" == "=" ]]; then
                COMPREPLY=()
            fi
        }
        complete -F _sharpstack_complete sharpstack

        """;
}
