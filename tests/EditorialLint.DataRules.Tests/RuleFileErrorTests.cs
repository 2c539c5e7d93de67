using Microsoft.CodeAnalysis;

namespace EditorialLint.DataRules.Tests;

/// <summary>Problems in a rule file are engine diagnostics at the line and column of the problem.</summary>
public sealed class RuleFileErrorTests
{
    private static (string Id, int Line, int Column, string Message) Single(string yaml)
    {
        var result = DataRuleLoader.Parse("rules/x.yaml", yaml);
        Assert.Empty(result.Rules);
        var d = Assert.Single(result.Errors);
        var at = d.Location.GetLineSpan();
        Assert.Equal("rules/x.yaml", at.Path);
        return (d.Id, at.StartLinePosition.Line + 1, at.StartLinePosition.Character + 1, d.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Bad_yaml_is_reported_where_the_parser_stopped()
    {
        var e = Single("id: EL6001\nkind: existence\ntitle: T\nphrases: [a, b\n");
        Assert.Equal(("EL9001", 5), (e.Id, e.Line));
        Assert.Contains("not valid YAML", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_kind_is_reported_at_its_value()
    {
        var e = Single("id: EL6001\nkind: substitute\ntitle: T\n");
        Assert.Equal(("EL9001", 2, 7), (e.Id, e.Line, e.Column));
        Assert.Contains("unknown kind 'substitute'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_field_is_reported_at_the_mapping()
    {
        var e = Single("id: EL6001\nkind: existence\ntitle: T\n");
        Assert.Equal(("EL9001", 1, 1), (e.Id, e.Line, e.Column));
        Assert.Contains("missing field 'phrases'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_title_is_reported()
    {
        var e = Single("id: EL6001\nkind: existence\nphrases: [x]\n");
        Assert.Contains("missing field 'title'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_field_is_reported_at_its_key()
    {
        var e = Single("id: EL6001\nkind: existence\ntitle: T\nphrases: [x]\n  \nphrazes: [y]\n");
        Assert.Equal(("EL9001", 6, 1), (e.Id, e.Line, e.Column));
        Assert.Contains("unknown field 'phrazes'", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("EL5001")]
    [InlineData("EL9001")]
    [InlineData("EL61")]
    [InlineData("house-terms")]
    public void Id_outside_the_custom_range_is_EL9008_at_the_id(string id)
    {
        var e = Single($"kind: existence\ntitle: T\nphrases: [x]\nid: {id}\n");
        Assert.Equal(("EL9008", 4, 5), (e.Id, e.Line, e.Column));
    }

    [Fact]
    public void Duplicate_id_in_a_folder_is_reported_at_the_later_file()
    {
        var dir = Directory.CreateTempSubdirectory("el-dr-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(dir, "a.yaml"), "id: EL6001\nkind: existence\ntitle: A\nphrases: [x]\n");
            File.WriteAllText(Path.Combine(dir, "b.yml"), "kind: existence\ntitle: B\nid: EL6001\nphrases: [y]\n");
            File.WriteAllText(Path.Combine(dir, "c.yaml"), "id: EL6002\nkind: existence\ntitle: C\nphrases: [z]\n");
            var result = DataRuleLoader.LoadFolder(dir);
            Assert.Equal(["EL6001", "EL6002"], result.Rules.Select(r => r.Header.Id));
            var d = Assert.Single(result.Errors);
            Assert.Equal("EL9008", d.Id);
            Assert.EndsWith("b.yml", d.Location.GetLineSpan().Path, StringComparison.Ordinal);
            Assert.Equal(2, d.Location.GetLineSpan().StartLinePosition.Line);
            Assert.Contains("already used by a.yaml", d.GetMessage(), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [Fact]
    public void Id_taken_by_another_rule_is_refused()
    {
        var dir = Directory.CreateTempSubdirectory("el-dr-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(dir, "a.yaml"), "id: EL6001\nkind: existence\ntitle: A\nphrases: [x]\n");
            var result = DataRuleLoader.LoadFolder(dir, id => id == "EL6001");
            Assert.Empty(result.Rules);
            Assert.Equal("EL9008", Assert.Single(result.Errors).Id);
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [Fact]
    public void Unknown_placeholder_in_the_message_is_reported_at_the_message()
    {
        var e = Single("id: EL6001\nkind: existence\ntitle: T\nmessage: \"Avoid {phrase}\"\nphrases: [x]\n");
        Assert.Equal(("EL9001", 4, 10), (e.Id, e.Line, e.Column));
        Assert.Contains("{found}", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_kind_that_only_reports_refuses_a_fix()
    {
        var e = Single("id: EL6001\nkind: required-sections\ntitle: T\nfix: safe\nsections: [Notes]\n");
        Assert.Equal(("EL9001", 4, 6), (e.Id, e.Line, e.Column));
    }

    [Fact]
    public void Bad_severity_is_reported_at_its_value()
    {
        var e = Single("id: EL6001\nkind: existence\ntitle: T\nseverity: fatal\nphrases: [x]\n");
        Assert.Equal(("EL9001", 4, 11), (e.Id, e.Line, e.Column));
    }

    [Fact]
    public void Pair_with_one_form_is_reported_at_the_entry()
    {
        var e = Single("id: EL6001\nkind: word-pairs\ntitle: T\npairs:\n  - [a, b]\n  - [c]\n");
        Assert.Equal(("EL9001", 6, 5), (e.Id, e.Line, e.Column));
    }

    [Fact]
    public void Several_problems_are_all_reported_and_a_good_document_beside_them_loads()
    {
        var result = DataRuleLoader.Parse("x.yaml", "id: EL6001\nkind: existence\ntitle: T\nphrases: [x]\n---\nid: EL6002\nkind: nope\ntitle: T\n---\nid: EL6001\nkind: existence\ntitle: U\nphrases: [y]\n");
        Assert.Equal("EL6001", Assert.Single(result.Rules).Header.Id);
        Assert.Equal([("EL9001", 7), ("EL9008", 10)], result.Errors.Select(d => (d.Id, d.Location.GetLineSpan().StartLinePosition.Line + 1)));
    }

    [Fact]
    public void Settings_reach_the_descriptor()
    {
        var rule = DataRuleAssert.Rule("id: EL6001\nkind: substitution\ntitle: Place names\nseverity: error\nfix: safe\ndoc: |\n  First paragraph.\n\n  Second.\nswap: {Kiev: Kyiv}\n");
        Assert.Equal(DiagnosticSeverity.Error, rule.Descriptor.DefaultSeverity);
        Assert.Equal("safe", Core.Rules.RuleTags.DeclaredFix(rule.Descriptor));
        Assert.Equal("First paragraph.", rule.Descriptor.Description.ToString());
        Assert.Contains("| Kiev | Kyiv |", RuleDocPage.For(rule), StringComparison.Ordinal);
        Assert.False(DataRuleAssert.Rule("id: EL6002\nkind: existence\ntitle: T\nseverity: none\nphrases: [x]\n").Descriptor.IsEnabledByDefault);
    }
}
