using EditorialLint.RuleTesting;
using EditorialLint.Rules.Footnotes;
using EditorialLint.Testing;

namespace EditorialLint.Rules.Tests.Footnotes;

public class FootnoteNumberingTests
{
    [Fact]
    public Task A_huge_number_is_a_gap_named_as_a_range() =>
        RuleVerifier<EL1002FootnoteNumberGap>.VerifyAsync(
            "# T\n\nA.[^1] B.{|#0:[^1234567890]|}\n\n[^1]: a\n[^1234567890]: b\n",
            RuleVerifier<EL1002FootnoteNumberGap>.Markdown(),
            new ExpectedDiagnostic("EL1002").WithLocation(0).WithMessage("Footnote 1234567890 follows footnote 1; 2–1234567889 are missing"));

    [Fact]
    public Task A_ten_digit_label_is_numbered() =>
        RuleVerifier<EL1001FootnoteNumberingStart>.VerifyAsync("# T\n\nA.{|EL1001:[^1234567890]|}\n\n[^1234567890]: b\n");

    [Fact]
    public Task Longer_digit_labels_are_named_notes() =>
        RuleVerifier<EL1001FootnoteNumberingStart>.VerifyAsync("# T\n\nA.[^12345678901]\n\n[^12345678901]: b\n");

    [Fact]
    public async Task A_definition_opening_with_another_defines_both()
    {
        await RuleVerifier<EL1005ReferenceWithoutNote>.VerifyAsync("# T\n\nfoo[^1] bar[^2] baz{|EL1005:[^3]|}.\n\n[^1]:[^2]: baz\n");
        await RuleVerifier<EL1006NoteNeverReferenced>.VerifyAsync("# T\n\nfoo[^1].\n\n[^1]: {|EL1006:[^2]:|} baz\n");
    }
}
