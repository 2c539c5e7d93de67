using EditorialLint.Core.Analysis;
using EditorialLint.Core.Syntax;

namespace EditorialLint.Cli.Tests.Fuzz;

/// <summary>Failures bench/fuzz.sh found, each from its minimised input (kept in Repros, which the property also runs over).</summary>
public sealed class FuzzRegressionTests
{
    private static byte[] Repro(string name) =>
        File.ReadAllBytes(Path.Combine(EditorialLint.Testing.RepositoryPaths.Root, "tests", "EditorialLint.Cli.Tests", "Repros", name));

    /// <summary>
    /// 64 nested list items make Markdig give up, so the draft is read as plain text; the fixes (Unicode line
    /// separators, mojibake) change the list, and the fix loop went on reading plain text while a second run read
    /// Markdown and fixed one more finding (EL4003 in a heading). The fix loop now re-reads with the path's reader.
    /// </summary>
    [Fact]
    public void A_fix_after_a_reader_fallback_reaches_the_fixed_point_a_second_run_sees()
    {
        var input = new FuzzCase("draft.md", Repro("fuzz-fix-not-idempotent-reader-fallback.md"));
        Assert.True(FuzzProperty.Shared.Check(input)); // threw fix-not-idempotent before

        var session = new LintSession(Rules.BuiltInRules.CreateRegistry());
        var first = session.Lint(new DocumentInput("draft.md", () => input.Bytes));
        Assert.NotNull(first.Document!.ReaderFallback);
        Assert.Equal(DocumentKind.PlainText, first.Document.Kind);
    }

    /// <summary>The same cause with 125 nested block quotes (the input as CsCheck shrank it in a bench/fuzz.sh run).</summary>
    [Fact]
    public void A_fix_after_a_reader_fallback_on_deep_block_quotes_is_idempotent() =>
        Assert.True(FuzzProperty.Shared.Check(new FuzzCase("draft.md", Repro("fuzz-fix-not-idempotent-blockquote-fallback.md"))));

    /// <summary>
    /// A suppression comment left open names every word after it: 1,016 EL9004 findings on one 8 KB draft, more than
    /// the listing formats show (1,000 per rule, then a closing finding), so the JSON count check failed. Now the
    /// comment is one finding naming its first five unknown names, and the property counts what the formats list.
    /// </summary>
    [Fact]
    public void An_open_suppression_comment_is_one_finding_and_the_reports_agree()
    {
        var input = new FuzzCase("draft.md", Repro("fuzz-open-suppression-comment.md"));
        FuzzProperty.Shared.Check(input); // threw FuzzFailure reporter-json before (it returns whether fixes applied)
        var result = new LintSession(Rules.BuiltInRules.CreateRegistry()).Lint(new DocumentInput("draft.md", () => input.Bytes));
        Assert.Single(result.Diagnostics, d => d.Id == "EL9004");
    }

    /// <summary>
    /// The 1,000,000-input run (base seed 120313072930536) found 2 crashes, both this: a byte-swapped run right after an
    /// emoji took the emoji's low surrogate (U+DE00 reads as a swapped Þ) into EL3002's repair, so the fixed text held a
    /// lone high surrogate and could not be encoded. The run no longer takes half a pair, and no fix may split one.
    /// </summary>
    [Fact]
    public void A_byte_swapped_run_after_an_emoji_leaves_the_emoji_whole()
    {
        var input = new FuzzCase("draft.txt", Repro("fuzz-crash-el3002-split-surrogate-pair.txt"));
        Assert.True(FuzzProperty.Shared.Check(input)); // threw EncoderFallbackException before

        var result = new LintSession(Rules.BuiltInRules.CreateRegistry()).Lint(new DocumentInput("draft.txt", () => input.Bytes));
        var text = result.Document!.Content;
        var emoji = text.IndexOf("\U0001F600", StringComparison.Ordinal);
        Assert.True(emoji >= 0);
        var swapped = Assert.Single(result.Diagnostics, d => d.Id == "EL3002" && d.Location.SourceSpan.Start >= emoji && d.Location.SourceSpan.Start <= emoji + 2);
        Assert.Equal(emoji + 2, swapped.Location.SourceSpan.Start);
    }
}
