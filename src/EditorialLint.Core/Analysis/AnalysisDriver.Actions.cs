using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using EditorialLint.Core.Configuration;
using EditorialLint.Core.Parsing;
using EditorialLint.Core.Rules;
using EditorialLint.Core.Spelling;
using EditorialLint.Core.Suppression;
using EditorialLint.Core.Syntax;
using EditorialLint.Core.Text;

namespace EditorialLint.Core.Analysis;

/// <summary>Dispatch of a rule's actions on one document: document, footnote, heading, paragraph, word and end actions.</summary>
internal sealed partial class AnalysisDriver
{
    private static bool RunActions(LoadedRule rule, DocumentAnalysisContext context, EditorialDocument document, List<EditorialDiagnostic> raw, bool includeWords, out RuleContext? actions)
    {
        actions = null;
        try
        {
            var c = actions = rule.Context.ForDocument(context);
            foreach (var a in c.DocumentActions)
            {
                a(context);
            }

            if (c.FootnoteActions.Count > 0)
            {
                var fc = new FootnoteAnalysisContext(context);
                foreach (var a in c.FootnoteActions)
                {
                    a(fc);
                }
            }

            if (c.HeadingActions.Count > 0)
            {
                foreach (var h in document.Headings)
                {
                    var hc = new HeadingAnalysisContext(context, h);
                    foreach (var a in c.HeadingActions)
                    {
                        a(hc);
                    }
                }
            }

            if (c.ParagraphActions.Count > 0)
            {
                foreach (var p in document.Paragraphs)
                {
                    var pc = new ParagraphAnalysisContext(context, p);
                    foreach (var a in c.ParagraphActions)
                    {
                        a(pc);
                    }
                }
            }

            // A plugin's word actions run here, inside its time limit, not in the shared walk of the built-in rules.
            if (includeWords && c.WordActions.Count > 0)
            {
                var wc = new WordAnalysisContext(context);
                var words = document.Words;
                for (var i = 0; i < words.Length; i++)
                {
                    wc.Word = words[i];
                    wc.Index = i;
                    foreach (var a in c.WordActions)
                    {
                        a(wc);
                    }
                }
            }

            if (includeWords)
            {
                c.DocumentEndActions.ForEach(a => a(context));
            }

            return true;
        }
        catch (OperationCanceledException) when (context.CancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            raw.Add(RuleFailed(rule, document, ex));
            return false;
        }
    }

    private static void RunWordActions(EditorialDocument document, DocumentConfiguration configuration, ISpellChecker? spell, List<(LoadedRule Rule, RuleContext Actions)> wordRules, List<EditorialDiagnostic> raw, CancellationToken cancellationToken)
    {
        if (wordRules.Count == 0)
        {
            return;
        }

        var contexts = new (WordAnalysisContext Context, LoadedRule Rule, List<EditorialDiagnostic> Sink, bool Failed, RuleContext Actions, DocumentAnalysisContext Parent)[wordRules.Count];
        for (var r = 0; r < wordRules.Count; r++)
        {
            var sink = new List<EditorialDiagnostic>();
            var parent = new DocumentAnalysisContext(document, configuration.Options, spell, SeverityApplied(configuration, sink), cancellationToken);
            contexts[r] = (new WordAnalysisContext(parent), wordRules[r].Rule, sink, false, wordRules[r].Actions, parent);
        }

        var names = Timings.Enabled ? wordRules.Select(w => "word " + w.Rule.Name).ToArray() : null;
        var words = document.Words;
        for (var i = 0; i < words.Length; i++)
        {
            for (var r = 0; r < contexts.Length; r++)
            {
                ref var c = ref contexts[r];
                if (c.Failed)
                {
                    continue;
                }

                c.Context.Word = words[i];
                c.Context.Index = i;
                var tr = Timings.Start();
                try
                {
                    foreach (var a in c.Actions.WordActions)
                    {
                        a(c.Context);
                    }
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
                {
                    c.Failed = true;
                    raw.Add(RuleFailed(c.Rule, document, ex));
                }

                if (names is not null)
                {
                    Timings.Stop(names[r], tr);
                }
            }
        }

        foreach (var c in contexts)
        {
            if (!c.Failed && !RunEndActions(c.Rule, c.Actions, c.Parent, document, raw, cancellationToken))
            {
                continue; // a rule that fails at the end reports EL9002 alone, as one that fails earlier
            }

            raw.AddRange(c.Sink);
        }
    }

    /// <summary>A built-in rule's document end actions, after the shared word walk; false when one threw (EL9002 added).</summary>
    private static bool RunEndActions(LoadedRule rule, RuleContext actions, DocumentAnalysisContext context, EditorialDocument document, List<EditorialDiagnostic> raw, CancellationToken cancellationToken)
    {
        try
        {
            actions.DocumentEndActions.ForEach(a => a(context));
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            raw.Add(RuleFailed(rule, document, ex));
            return false;
        }
    }
}
