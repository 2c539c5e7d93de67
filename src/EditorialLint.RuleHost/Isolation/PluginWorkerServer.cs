using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using EditorialLint.Core.Analysis;
using EditorialLint.Core.Configuration;
using EditorialLint.Core.Parsing;
using EditorialLint.Core.Rules;
using EditorialLint.Core.Spelling;
using EditorialLint.Core.Syntax;

namespace EditorialLint.RuleHost.Isolation;

/// <summary>
/// The worker side of plugin isolation: loads a rules folder (from the compile cache the host filled), answers with a
/// <see cref="WireHello"/>, then analyses one document with one rule per <see cref="WireRequest"/> until its input
/// ends. Each rule has a driver of its own, so the in-process guards (time, stack, heap) still stop a rule cleanly
/// where they can and a rule stopped at a limit stays stopped in this worker, as it would in-process.
/// </summary>
public sealed class PluginWorkerServer
{
    private readonly Dictionary<string, (AnalysisDriver Driver, ImmutableHashSet<string> Ids)> _rules = new(StringComparer.Ordinal);

    private PluginWorkerServer()
    {
    }

    /// <summary>Serve <paramref name="folder"/> over <paramref name="input"/>/<paramref name="output"/>; returns the exit code.</summary>
    internal static int Run(string folder, bool allowBannedApis, Stream input, Stream output, Func<DocumentConfiguration, ISpellChecker?>? spellCheckers = null)
    {
        var server = new PluginWorkerServer();
        var hello = server.Load(folder, allowBannedApis, spellCheckers);
        WarmUp();
        WorkerProtocol.Write(output, hello);
        while (WorkerProtocol.Read<WireRequest>(input) is { } request)
        {
            WorkerProtocol.Write(output, server.Analyze(request));
        }

        return 0;
    }

    /// <summary>
    /// Parse a small draft once before saying hello, so the first real request does not spend the rule's time limit
    /// compiling the parser (no plugin code runs here).
    /// </summary>
    private static void WarmUp()
    {
        var document = DocumentParser.Parse("warm-up.md", SourceText.From("# Warm up\n\nA paragraph with a note.[^1] And *emphasis*.\n\n- a list\n\n## Notes\n\n[^1]: A note.\n"), TextEncodingInfo.Utf8NoBom);
        var result = new AnalysisDriver(new RuleRegistry()).Analyze(document, DocumentConfiguration.ForTests(RuleOptions.Empty));
        using var sink = new MemoryStream();
        WorkerProtocol.Write(sink, new WireResponse([.. result.Diagnostics.Select(ToWire)]));
        sink.Position = 0;
        _ = WorkerProtocol.Read<WireResponse>(sink);
    }

    private WireHello Load(string folder, bool allowBannedApis, Func<DocumentConfiguration, ISpellChecker?>? spellCheckers)
    {
        var loaded = RuleCompiler.Load(folder, allowBannedApis: allowBannedApis);
        if (!loaded.Success)
        {
            return new WireHello([], [.. loaded.Errors.Select(e => e.GetMessage(System.Globalization.CultureInfo.InvariantCulture))], []);
        }

        var rules = new List<WireRule>();
        var initializeErrors = new List<string>();
        foreach (var rule in loaded.Rules)
        {
            var registry = new RuleRegistry();
            bool added;
            using (PluginGuard.Enter(RuleCompiler.ConstructionTimeLimit, RuleCompiler.PluginMemoryLimitBytes))
            {
                added = registry.Add(rule, loaded.Folder, userRule: true);
            }

            if (!added)
            {
                initializeErrors.AddRange(registry.Errors);
                continue;
            }

            var loadedRule = registry.Rules[^1];
            Func<DocumentConfiguration, ISpellChecker?> lazy = c => spellCheckers is null ? null : new LazySpellChecker(() => spellCheckers(c));
            var driver = new AnalysisDriver(registry, configuration: null, lazy);
            _rules[loadedRule.Name] = (driver, loadedRule.Descriptors.Select(d => d.Id).ToImmutableHashSet(StringComparer.Ordinal));
            rules.Add(new WireRule(loadedRule.Name, [.. loadedRule.Descriptors.Select(ToWire)]));
        }

        return new WireHello([.. rules], [], [.. initializeErrors]);
    }

    private WireResponse Analyze(WireRequest request)
    {
        if (!_rules.TryGetValue(request.Rule, out var entry))
        {
            return new WireResponse([]);
        }

        var encoding = new TextEncodingInfo(EncodingFor(request.CodePage, request.ByteOrderMark), request.ByteOrderMark, request.LineEnding);
        var document = DocumentParser.Parse(request.Path, SourceText.From(request.Text), encoding);
        var values = request.Options.ToImmutableDictionary(StringComparer.Ordinal)
            .SetItem("rule_timeout_ms", request.TimeoutMs.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var origins = (request.Origins ?? []).ToImmutableDictionary(StringComparer.Ordinal);
        var configuration = DocumentConfiguration.ForTests(new RuleOptions(values, origins));
        var result = entry.Driver.Analyze(document, configuration);

        // Only the rule's own findings and what the engine said about the rule travel back: the host reports the
        // document-level engine findings (reader fallback, configuration, suppression names) itself.
        var kept = result.Diagnostics.Where(d => entry.Ids.Contains(d.Id) || d.Id == EngineDiagnostics.RuleFailure.Id || d.Id == EngineDiagnostics.RuleTimeout.Id);
        return new WireResponse([.. kept.Select(ToWire)]);
    }

    private static Encoding EncodingFor(int codePage, bool byteOrderMark) => codePage switch
    {
        65001 => new UTF8Encoding(byteOrderMark, throwOnInvalidBytes: true),
        1200 => new UnicodeEncoding(bigEndian: false, byteOrderMark),
        1201 => new UnicodeEncoding(bigEndian: true, byteOrderMark),
        _ => Encoding.GetEncoding(codePage),
    };

    private static WireDescriptor ToWire(DiagnosticDescriptor d)
    {
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        return new WireDescriptor(d.Id, d.Title.ToString(inv), d.MessageFormat.ToString(inv), d.Category, (int)d.DefaultSeverity, d.IsEnabledByDefault, d.Description.ToString(inv), d.HelpLinkUri, [.. d.CustomTags]);
    }

    private static WireDiagnostic ToWire(EditorialDiagnostic d)
    {
        var span = d.Location.SourceSpan;
        var related = d.Diagnostic.AdditionalLocations.Select(l => new WireSpan(l.SourceSpan.Start, l.SourceSpan.Length)).ToArray();
        var fix = d.Fix is { } f
            ? new WireFix(f.Title, (int)f.Safety, [.. f.Changes.Select(c => new WireChange(c.Span.Start, c.Span.Length, c.NewText ?? string.Empty))])
            : null;
        return new WireDiagnostic(d.Id, (int)d.Severity, d.Message, span.Start, span.Length, related, fix);
    }
}
