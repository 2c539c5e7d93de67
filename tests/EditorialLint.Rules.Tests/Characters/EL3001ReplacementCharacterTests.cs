using EditorialLint.Rules.Characters;
using EditorialLint.Testing;

namespace EditorialLint.Rules.Tests.Characters;

public class EL3001ReplacementCharacterTests
{
    [Fact]
    public Task Flags_replacement_character() =>
        RuleVerifier<EL3001ReplacementCharacter>.VerifyAsync("President Erdo{|EL3001:\uFFFD|}an spoke.\n");

    [Fact]
    public Task Flags_a_run_once() =>
        RuleVerifier<EL3001ReplacementCharacter>.VerifyAsync("Bad {|EL3001:\uFFFD\uFFFD|} bytes.\n");

    [Fact]
    public Task Suggests_from_the_drafts_vocabulary() =>
        RuleVerifier<EL3001ReplacementCharacter>.VerifyAsync(
            "Erdoğan spoke. Then Erdo{|#0:\uFFFD|}an left.\n",
            new RuleTesting.ExpectedDiagnostic("EL3001").WithLocation(0).WithMessage("did you mean 'Erdoğan'"));

    [Fact]
    public Task Ignores_code() =>
        RuleVerifier<EL3001ReplacementCharacter>.VerifyAsync("Use `\uFFFD` as a marker.\n\n```\n\uFFFD\n```\n");

    [Fact]
    public Task Clean_text_has_no_finding() =>
        RuleVerifier<EL3001ReplacementCharacter>.VerifyAsync("Türkiye, Erdoğan, Vučić and Đoković: no damage here.\n");

    [Fact]
    public Task Plain_text_too() =>
        RuleVerifier<EL3001ReplacementCharacter>.VerifyAsync("Title\n\nA wor{|EL3001:\uFFFD|} here.\n", RuleVerifier<EL3001ReplacementCharacter>.PlainText());
}
