using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.RegularExpressions;
using Xunit.Abstractions;

namespace EditorialLint.Spelling.Tests;

/// <summary>
/// Compares the engine with real hunspell 1.7.x on a generated word list of 200,000+ tokens per dictionary.
/// Two oracles: the hunspell library (Hunspell_spell, the same API semantics as Check, used for every token) and
/// the hunspell binary (<c>hunspell -d DICT -i utf-8 -l</c>, used for the tokens its tokenizer keeps whole:
/// letters and digits only, as its tokenizer splits at apostrophes, dots and hyphens). Runs whenever hunspell is
/// installed. Without it the test is reported as skipped with the reason ("hunspell not found"), or fails when
/// EDITORIAL_LINT_REQUIRE_TOOLS=1 (CI sets it). The library ships with the binary (libhunspell-1.7-0).
/// </summary>
public class DifferentialTests(ITestOutputHelper output)
{
    private const string Lib = "libhunspell-1.7.so.0";

    [DllImport(Lib)] private static extern IntPtr Hunspell_create(byte[] aff, byte[] dic);
    [DllImport(Lib)] private static extern int Hunspell_spell(IntPtr h, byte[] word);
    [DllImport(Lib)] private static extern void Hunspell_destroy(IntPtr h);

    private static byte[] Z(string s) => Encoding.UTF8.GetBytes(s + "\0");

    [SkippableTheory]
    [InlineData("en_US")]
    [InlineData("en_GB")]
    public void AgreesWithRealHunspell(string name)
    {
        string? binary = FindOnPath("hunspell");
        bool required = Environment.GetEnvironmentVariable("EDITORIAL_LINT_REQUIRE_TOOLS") == "1";
        bool libOk = NativeLibrary.TryLoad(Lib, out var handle);
        if (libOk) NativeLibrary.Free(handle);
        if (binary is null || !libOk)
        {
            string msg = binary is null ? "hunspell not found" : $"hunspell found but {Lib} not loadable";
            Assert.False(required, "EDITORIAL_LINT_REQUIRE_TOOLS=1 but " + msg + " (apt-get install -y hunspell libhunspell-dev)");
            Skip.If(true, msg + " (apt-get install -y hunspell)");
        }

        var sw = Stopwatch.StartNew();
        string affPath = Path.Combine(TestPaths.Dictionaries, name + ".aff");
        string dicPath = Path.Combine(TestPaths.Dictionaries, name + ".dic");
        // The engine follows upstream hunspell's gh106 casing by default; compared with 1.7.1 it runs in 1.7.1 mode,
        // so every disagreement counts.
        var dict = (name == "en_US" ? TestPaths.EnUs : TestPaths.EnGb).AsHunspell171();
        var words = WordList.Build(dict, dicPath, 200_000, seed: 20260214);
        Assert.True(words.Count >= 200_000, $"word list has {words.Count} tokens");

        // library oracle
        IntPtr h = Hunspell_create(Z(affPath), Z(dicPath));
        Assert.NotEqual(IntPtr.Zero, h);
        int agree = 0;
        var diffs = new List<string>();
        try
        {
            foreach (var w in words)
            {
                bool theirs = Hunspell_spell(h, Z(w)) != 0;
                bool ours = dict.Check(w);
                if (theirs == ours) agree++;
                else if (diffs.Count < 40) diffs.Add($"{w}: hunspell={theirs} ours={ours}");
            }
        }
        finally { Hunspell_destroy(h); }

        // binary oracle on the tokens its tokenizer keeps whole (letters and WORDCHARS digits)
        var letters = words.Where(w => Regex.IsMatch(w, @"^[\p{L}0-9]+$")).Distinct(StringComparer.Ordinal).ToList();
        var rejected = RunHunspellL(binary, Path.Combine(TestPaths.Dictionaries, name), letters);
        int cliAgree = 0;
        var cliDiffs = new List<string>();
        foreach (var w in letters)
        {
            bool theirs = !rejected.Contains(w);
            bool ours = dict.Check(w);
            if (theirs == ours) cliAgree++;
            else if (cliDiffs.Count < 20) cliDiffs.Add($"{w}: hunspell -l={theirs}");
        }

        double pct = 100.0 * agree / words.Count;
        double cliPct = 100.0 * cliAgree / letters.Count;
        output.WriteLine($"{name}: library oracle agreement {agree}/{words.Count} = {pct:F4}%; " +
                         $"disagreements {words.Count - agree}");
        output.WriteLine($"{name}: `hunspell -d <vendored> -l -i utf-8` agreement on letter/digit tokens {cliAgree}/{letters.Count} = {cliPct:F4}%");
        output.WriteLine($"elapsed {sw.Elapsed.TotalSeconds:F1} s");
        foreach (var d in diffs) output.WriteLine("  diff " + d);
        foreach (var d in cliDiffs) output.WriteLine("  cli diff " + d);
        Console.WriteLine($"[differential] {name}: {pct:F4}% ({agree}/{words.Count}), hunspell -l {cliPct:F4}% ({cliAgree}/{letters.Count})");
        Assert.True(diffs.Count == 0, $"{words.Count - agree} disagreements: " + string.Join("; ", diffs));
        Assert.True(cliDiffs.Count == 0, string.Join("; ", cliDiffs));
    }

    private static HashSet<string> RunHunspellL(string binary, string dictBase, List<string> words)
    {
        var psi = new ProcessStartInfo(binary, ["-d", dictBase, "-i", "utf-8", "-l"])
        {
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true,
            StandardInputEncoding = new UTF8Encoding(false), StandardOutputEncoding = Encoding.UTF8,
        };
        using var p = Process.Start(psi)!;
        var outTask = p.StandardOutput.ReadToEndAsync();
        var errTask = p.StandardError.ReadToEndAsync();
        foreach (var w in words) p.StandardInput.WriteLine(w);
        p.StandardInput.Close();
        string text = outTask.Result;
        _ = errTask.Result;
        p.WaitForExit();
        return new HashSet<string>(text.Split('\n', StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);
    }

    internal static string? FindOnPath(string exe)
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator))
        {
            if (dir.Length == 0) continue;
            string p = Path.Combine(dir, exe);
            if (File.Exists(p)) return p;
        }
        return null;
    }
}

/// <summary>Deterministic word list: stems, affixed forms, mutations, casing variants, possessives, hyphen pairs, numbers.</summary>
internal static class WordList
{
    public static List<string> Build(HunspellDictionary dict, string dicPath, int target, int seed)
    {
        var rnd = new Random(seed);
        var stems = new List<string>();
        var forms = new List<string>();
        foreach (var kv in dict.AllEntries.OrderBy(k => k.Key, StringComparer.Ordinal))
        {
            stems.Add(kv.Key);
            foreach (var h in kv.Value)
                foreach (var f in dict.Expand(kv.Key, h)) forms.Add(f);
        }
        var list = new List<string>(target + 1000);
        list.AddRange(stems);
        // a sample of affixed forms
        foreach (var f in forms) if (rnd.Next(3) == 0) list.Add(f);
        const string letters = "abcdefghijklmnopqrstuvwxyz'";
        string Mutate(string w)
        {
            if (w.Length < 2) return w + letters[rnd.Next(26)];
            int i = rnd.Next(w.Length);
            return rnd.Next(4) switch
            {
                0 => w.Insert(i, letters[rnd.Next(letters.Length)].ToString()),
                1 => w.Remove(i, 1),
                2 when i + 1 < w.Length => w[..i] + w[i + 1] + w[i] + w[(i + 2)..],
                _ => w[..i] + letters[rnd.Next(26)] + w[(i + 1)..],
            };
        }
        string Any(List<string> l) => l[rnd.Next(l.Count)];
        while (list.Count < target)
        {
            string w = rnd.Next(2) == 0 ? Any(stems) : Any(forms);
            switch (rnd.Next(12))
            {
                case 0: case 1: case 2: list.Add(Mutate(w)); break;
                case 3: list.Add(w.ToUpperInvariant()); break;
                case 4: list.Add(w.Length > 0 ? char.ToUpperInvariant(w[0]) + w[1..] : w); break;
                case 5:
                    var c = w.ToCharArray();
                    for (int i = 0; i < c.Length; i++) if (rnd.Next(2) == 0) c[i] = char.ToUpperInvariant(c[i]);
                    list.Add(new string(c)); break;
                case 6: list.Add(w + (rnd.Next(2) == 0 ? "'s" : "’s")); break;
                case 7: list.Add(w + "-" + Any(stems)); break;
                case 8:
                    int n = rnd.Next(0, 100000);
                    string[] sfx = ["st", "nd", "rd", "th", "", ".5", ",000", "s"];
                    list.Add(n.ToString(System.Globalization.CultureInfo.InvariantCulture) + sfx[rnd.Next(sfx.Length)]);
                    break;
                case 9: list.Add(w + "."); break;
                case 10: list.Add(Mutate(w).ToUpperInvariant()); break;
                default: list.Add(Mutate(Mutate(w))); break;
            }
        }
        return list.Where(w => w.Length > 0 && !w.Contains(' ') && !w.Contains('\t')).ToList();
    }
}
