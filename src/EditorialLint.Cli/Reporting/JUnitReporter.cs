using System.Globalization;
using System.Xml;
using EditorialLint.Core.Analysis;

namespace EditorialLint.Cli.Reporting;

/// <summary>
/// JUnit XML for test-report dashboards (GitLab, Jenkins, Azure DevOps): one <c>testsuite</c> per draft, one
/// <c>testcase</c> per finding (a <c>failure</c> whose type is the severity), and one passing testcase for a draft
/// without findings, so every linted draft shows up. The document is small and its totals come first, so it is
/// built as results arrive and written at the end.
/// </summary>
internal sealed class JUnitReporter : IReporter
{
    private readonly List<Suite> _suites = [];

    private sealed record Case(string Name, string? Severity, string? Message, string? Detail);

    private sealed record Suite(string Name, List<Case> Cases);

    public void Write(LintReport report, DocumentResult result, TextWriter w)
    {
        var path = NativeFileNames.ForReport(result.Path);
        var cases = new List<Case>();
        foreach (var d in report.Shown(result))
        {
            var s = d.Location.GetLineSpan();
            var where = $"{path}:{s.StartLinePosition.Line + 1}:{s.StartLinePosition.Character + 1}";
            var severity = LintReport.SeverityWord(d.Severity);
            cases.Add(new Case($"{d.Id} at {where}", severity, d.Message, $"{where}: {severity} {d.Id}: {d.Message}"));
        }

        if (cases.Count == 0)
        {
            cases.Add(new Case("no findings", null, null, null));
        }

        _suites.Add(new Suite(path, cases));
    }

    public void End(LintReport report, TextWriter w)
    {
        var inv = CultureInfo.InvariantCulture;
        var settings = new XmlWriterSettings { Indent = true, OmitXmlDeclaration = false, Encoding = new System.Text.UTF8Encoding(false) };
        var sw = new Utf8StringWriter();
        using (var x = XmlWriter.Create(sw, settings))
        {
            x.WriteStartDocument();
            x.WriteStartElement("testsuites");
            x.WriteAttributeString("name", "editorial-lint");
            x.WriteAttributeString("tests", _suites.Sum(s => s.Cases.Count).ToString(inv));
            x.WriteAttributeString("failures", _suites.Sum(s => s.Cases.Count(c => c.Severity is not null)).ToString(inv));
            x.WriteAttributeString("errors", "0");
            x.WriteAttributeString("time", "0");
            var id = 0;
            foreach (var suite in _suites)
            {
                x.WriteStartElement("testsuite");
                x.WriteAttributeString("name", suite.Name);
                x.WriteAttributeString("id", (id++).ToString(inv));
                x.WriteAttributeString("package", "editorial-lint");
                x.WriteAttributeString("tests", suite.Cases.Count.ToString(inv));
                x.WriteAttributeString("failures", suite.Cases.Count(c => c.Severity is not null).ToString(inv));
                x.WriteAttributeString("errors", "0");
                x.WriteAttributeString("skipped", "0");
                x.WriteAttributeString("time", "0");
                foreach (var c in suite.Cases)
                {
                    x.WriteStartElement("testcase");
                    x.WriteAttributeString("name", c.Name);
                    x.WriteAttributeString("classname", suite.Name);
                    x.WriteAttributeString("time", "0");
                    if (c.Severity is not null)
                    {
                        x.WriteStartElement("failure");
                        x.WriteAttributeString("message", Clean(c.Message!));
                        x.WriteAttributeString("type", c.Severity);
                        x.WriteString(Clean(c.Detail!));
                        x.WriteEndElement();
                    }

                    x.WriteEndElement();
                }

                x.WriteEndElement();
            }

            x.WriteEndElement();
            x.WriteEndDocument();
        }

        w.WriteLine(sw.ToString());
    }

    /// <summary>XML 1.0 cannot carry most control characters (a finding about a control code quotes one): show them as U+2400 pictures.</summary>
    private static string Clean(string s)
    {
        var chars = s.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            var c = chars[i];
            if ((c < 0x20 && c is not ('\t' or '\n' or '\r')) || c is '\uFFFE' or '\uFFFF')
            {
                chars[i] = c < 0x20 ? (char)(0x2400 + c) : '\uFFFD';
            }
            else if (char.IsSurrogate(c) && !(char.IsHighSurrogate(c) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1])) && !(char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(s[i - 1])))
            {
                chars[i] = '\uFFFD';
            }
        }

        return new string(chars);
    }

    /// <summary>So that the XML declaration says UTF-8, which is what the report file is written in.</summary>
    private sealed class Utf8StringWriter() : StringWriter(CultureInfo.InvariantCulture)
    {
        public override System.Text.Encoding Encoding => new System.Text.UTF8Encoding(false);
    }
}
