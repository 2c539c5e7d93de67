namespace EditorialLint.Core.Parsing;

/// <summary>The headings that open a notes section.</summary>
internal static class NotesHeadings
{
    /// <summary>Headings that introduce a notes section.</summary>
    public static bool Is(ReadOnlySpan<char> heading)
    {
        var h = heading.Trim().TrimEnd(':');
        return h.Equals("Notes", StringComparison.OrdinalIgnoreCase) || h.Equals("Endnotes", StringComparison.OrdinalIgnoreCase) ||
               h.Equals("Footnotes", StringComparison.OrdinalIgnoreCase) || h.Equals("End notes", StringComparison.OrdinalIgnoreCase) ||
               h.Equals("References", StringComparison.OrdinalIgnoreCase) || h.Equals("Notes and references", StringComparison.OrdinalIgnoreCase);
    }
}
