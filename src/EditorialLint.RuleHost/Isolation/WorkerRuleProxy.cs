using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using EditorialLint.Core.Analysis;
using EditorialLint.Core.Rules;

namespace EditorialLint.RuleHost.Isolation;

/// <summary>
/// A plugin rule as the host sees it when plugins run in worker processes: the descriptors the worker sent, and one
/// document action that sends the document to a worker and reports what comes back. Each proxy is an instance of a
/// type named after the plugin rule (see <see cref="ProxyTypes"/>), so the engine's messages and per-rule state
/// (EL9002, EL9006, a rule disabled for the run) name the plugin, not the proxy.
/// </summary>
public abstract class WorkerRuleProxy : EditorialRule, ISelfLimitingRule
{
    /// <summary>Time the host allows beyond the rule's limit for the worker to stop the rule itself and answer.</summary>
    public static readonly TimeSpan Grace = TimeSpan.FromSeconds(1);

    /// <summary>Worker faults on this many documents disable the rule for the rest of the run.</summary>
    public const int MaxFaults = 3;

    private PluginWorkerPool _pool = null!;
    private string _name = string.Empty;
    private ImmutableArray<DiagnosticDescriptor> _descriptors = [];
    private int _faults;
    private volatile bool _disabled;

    /// <summary>For the generated subclasses only.</summary>
    protected WorkerRuleProxy()
    {
    }

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => _descriptors;

    /// <inheritdoc/>
    public override void Initialize(RuleContext context) => context.RegisterDocumentAction(Analyze);

    internal void Attach(PluginWorkerPool pool, WireRule rule)
    {
        _pool = pool;
        _name = rule.Name;
        _descriptors = [.. rule.Descriptors.Select(FromWire)];
    }

    private void Analyze(DocumentAnalysisContext context)
    {
        if (_disabled)
        {
            return;
        }

        var document = context.Document;
        var timeoutMs = Math.Max(1, context.Options.GetInt("rule_timeout_ms", 2000));
        var request = new WireRequest(
            _name,
            document.Path,
            document.Text.ToString(),
            document.Encoding.Encoding.CodePage,
            document.Encoding.HasByteOrderMark,
            document.Encoding.LineEnding,
            context.Options.Keys.ToDictionary(k => k, k => context.Options.GetString(k) ?? string.Empty, StringComparer.Ordinal),
            context.Options.Keys.Select(k => (k, d: context.Options.GetOriginDirectory(k))).Where(p => p.d is not null).ToDictionary(p => p.k, p => p.d!, StringComparer.Ordinal),
            timeoutMs);

        WireResponse response;
        try
        {
            // The worker's guard stops a runaway rule at the limit and says why; the host waits a little longer and
            // then stops the worker (a wait inside the framework, or a rule that kept the worker busy).
            response = _pool.Analyze(request, TimeSpan.FromMilliseconds(timeoutMs) + Grace, context.CancellationToken);
        }
        catch (WorkerFaultException ex) when (ex.TimedOut)
        {
            _disabled = true;
            var why = $"the rule ran past its time limit of {timeoutMs} ms; {ex.Message}";
            context.Report(Diagnostic.Create(EngineDiagnostics.RuleTimeout, context.CreateLocation(new TextSpan(0, 0)), _name, why));
            return;
        }
        catch (WorkerFaultException ex)
        {
            ReportFault(context, ex.Message);
            return;
        }

        foreach (var d in response.Diagnostics)
        {
            Report(context, d);
        }
    }

    private void ReportFault(DocumentAnalysisContext context, string why)
    {
        var location = context.CreateLocation(new TextSpan(0, 0));
        // Documents run in parallel: one already under way when the rule was disabled still reports its own fault.
        if (Interlocked.Increment(ref _faults) == MaxFaults)
        {
            _disabled = true;
            context.Report(Diagnostic.Create(EngineDiagnostics.RuleTimeout, location, _name, $"{why}; its worker process failed on {MaxFaults} documents"));
            return;
        }

        context.Report(Diagnostic.Create(EngineDiagnostics.RuleFailure, location, _name, why + "; the worker was restarted"));
    }

    private void Report(DocumentAnalysisContext context, WireDiagnostic d)
    {
        var length = context.Document.Text.Length;
        bool Inside(int start, int count) => start >= 0 && count >= 0 && start <= length - count;
        if (!Inside(d.Start, d.Length) || d.Related.Any(r => !Inside(r.Start, r.Length)))
        {
            return;
        }

        var descriptor = _descriptors.FirstOrDefault(x => x.Id == d.Id) ?? EngineDiagnostics.All.FirstOrDefault(x => x.Id == d.Id);
        if (descriptor is null)
        {
            return;
        }

        if (d.Id == EngineDiagnostics.RuleTimeout.Id)
        {
            _disabled = true; // the worker disabled it too
        }

        var severity = (DiagnosticSeverity)d.Severity;
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        var diagnostic = Diagnostic.Create(
            descriptor.Id,
            descriptor.Category,
            d.Message,
            severity,
            descriptor.DefaultSeverity,
            isEnabledByDefault: true,
            warningLevel: severity == DiagnosticSeverity.Error ? 0 : 1,
            title: descriptor.Title.ToString(inv),
            description: descriptor.Description.ToString(inv),
            helpLink: descriptor.HelpLinkUri,
            location: context.CreateLocation(new TextSpan(d.Start, d.Length)),
            additionalLocations: d.Related.Select(r => context.CreateLocation(new TextSpan(r.Start, r.Length))),
            customTags: descriptor.CustomTags);
        context.Report(diagnostic, FixFromWire(d.Fix, length));
    }

    private static CodeFix? FixFromWire(WireFix? fix, int length)
    {
        if (fix is null || fix.Changes.Any(c => c.Start < 0 || c.Length < 0 || c.Start > length - c.Length))
        {
            return null;
        }

        var safety = fix.Safety == (int)FixSafety.Safe ? FixSafety.Safe : FixSafety.NeedsReview;
        return new CodeFix(fix.Title, [.. fix.Changes.Select(c => new TextChange(new TextSpan(c.Start, c.Length), c.NewText))], safety);
    }

    private static DiagnosticDescriptor FromWire(WireDescriptor d) =>
        new(d.Id, d.Title, d.MessageFormat, d.Category, (DiagnosticSeverity)d.Severity, d.Enabled, d.Description, d.HelpLink, d.Tags);
}
