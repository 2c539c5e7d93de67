using System.Diagnostics;
using System.Globalization;
using System.Text;
using EditorialLint.Spelling;

// Spelling benchmark: dictionary load time and single-thread Check rate, side by side with `hunspell -l`.
// Usage: dotnet run -c Release --project bench/spelling [-- <dictionaries folder> [tokens]]
string root = FindRoot();
string dicts = args.Length > 0 ? args[0] : Path.Combine(root, "dictionaries");
int target = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 500_000;
string aff = Path.Combine(dicts, "en_US.aff"), dic = Path.Combine(dicts, "en_US.dic");

var sw = Stopwatch.StartNew();
var dict = HunspellDictionary.Load(aff, dic);
double coldLoad = sw.Elapsed.TotalMilliseconds;
var loads = new List<double>();
for (int i = 0; i < 5; i++)
{
    sw.Restart();
    HunspellDictionary.Load(aff, dic);
    loads.Add(sw.Elapsed.TotalMilliseconds);
}
loads.Sort();
double warmLoad = loads[loads.Count / 2];

// deterministic token list: dictionary stems, plurals, capitalised and mutated forms, real prose
var rnd = new Random(42);
var stems = File.ReadLines(dic).Skip(1).Select(l => l.Split('/')[0]).Where(s => s.Length > 0).ToArray();
string corpusPath = Path.Combine(root, "..", "shared", "corpus", "commentary-2026-14.clean.md");
var prose = File.Exists(corpusPath)
    ? File.ReadAllText(corpusPath).Split([' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries).Select(t => t.Trim('.', ',', ';', ':', '(', ')', '[', ']', '"', '“', '”', '#', '*')).Where(t => t.Length > 0).ToArray()
    : [];
var tokens = new List<string>(target);
while (tokens.Count < target)
{
    string s = stems[rnd.Next(stems.Length)];
    switch (rnd.Next(6))
    {
        case 0: tokens.Add(s); break;
        case 1: tokens.Add(s + "s"); break;
        case 2: tokens.Add(char.ToUpperInvariant(s[0]) + s[1..]); break;
        case 3: int i = rnd.Next(s.Length); tokens.Add(s.Remove(i, 1) + (char)('a' + rnd.Next(26))); break;
        default: tokens.Add(prose.Length > 0 ? prose[rnd.Next(prose.Length)] : s); break;
    }
}
tokens.RemoveAll(t => t.Contains(' '));
string tokenFile = Path.Combine(Path.GetTempPath(), "editoriallint-bench-tokens.txt");
File.WriteAllLines(tokenFile, tokens, new UTF8Encoding(false));

// warm-up, then measure
int ok = 0;
foreach (var t in tokens.Take(50_000)) if (dict.Check(t)) ok++;
ok = 0;
sw.Restart();
foreach (var t in tokens) if (dict.Check(t)) ok++;
double ourSecs = sw.Elapsed.TotalSeconds;
// best of 3 runs, wall and CPU time (the machine may be shared: CPU time is the fairer figure then)
var me = Process.GetCurrentProcess();
double ourCpu = double.MaxValue;
for (int run = 0; run < 3; run++)
{
    me.Refresh();
    var cpu0 = me.TotalProcessorTime;
    sw.Restart();
    int n = 0;
    foreach (var t in tokens) if (dict.Check(t)) n++;
    ourSecs = Math.Min(ourSecs, sw.Elapsed.TotalSeconds);
    me.Refresh();
    ourCpu = Math.Min(ourCpu, (me.TotalProcessorTime - cpu0).TotalSeconds);
}
double ourRate = tokens.Count / ourSecs;
long allocBefore = GC.GetAllocatedBytesForCurrentThread();
foreach (var t in tokens.Take(100_000)) dict.Check(t);
double bytesPerCheck = (GC.GetAllocatedBytesForCurrentThread() - allocBefore) / 100_000.0;

// Suggest latency on misspellings (mutated stems), single thread, after one warm-up call
var misspelt = tokens.Where(t => !dict.Check(t)).Distinct(StringComparer.Ordinal).Take(300).ToArray();
dict.Suggest("recieve");
var sugTimes = new List<double>();
foreach (var m in misspelt)
{
    sw.Restart();
    dict.Suggest(m);
    sugTimes.Add(sw.Elapsed.TotalMilliseconds);
}
sugTimes.Sort();
double sugMedian = sugTimes.Count > 0 ? sugTimes[sugTimes.Count / 2] : 0;
double sugP95 = sugTimes.Count > 0 ? sugTimes[(int)(sugTimes.Count * 0.95)] : 0;
double sugMax = sugTimes.Count > 0 ? sugTimes[^1] : 0;

// hunspell: whole process on the token file, and on an empty file (start-up + dictionary load)
double? hsTotal = null, hsStart = null, hsCpu = null, hsStartCpu = null;
string? hs = FindOnPath("hunspell");
if (hs is not null)
{
    string empty = Path.Combine(Path.GetTempPath(), "editoriallint-bench-empty.txt");
    File.WriteAllText(empty, "");
    var starts = Enumerable.Range(0, 3).Select(_ => RunHunspell(hs, Path.Combine(dicts, "en_US"), empty)).ToList();
    hsStart = starts.Min(x => x.wall);
    hsStartCpu = starts.Min(x => x.cpu);
    var runs = Enumerable.Range(0, 2).Select(_ => RunHunspell(hs, Path.Combine(dicts, "en_US"), tokenFile)).ToList();
    hsTotal = runs.Min(x => x.wall);
    hsCpu = runs.Min(x => x.cpu);
}

Console.WriteLine($"tokens: {tokens.Count:N0} (accepted by EditorialLint: {ok:N0})");
Console.WriteLine();
Console.WriteLine("| measure | EditorialLint.Spelling | hunspell 1.7 (`-l` process) |");
Console.WriteLine("|---|---|---|");
Console.WriteLine($"| en_US load, first in process (cold, incl. JIT) | {coldLoad:F0} ms | {(hsStart is null ? "n/a" : $"{hsStart * 1000:F0} ms (whole process on empty input)")} |");
Console.WriteLine($"| en_US load, warm (median of 5) | {warmLoad:F0} ms | |");
if (hsTotal is not null)
{
    double hsNet = Math.Max(1e-6, hsTotal.Value - hsStart!.Value);
    double hsRate = tokens.Count / hsNet;
    Console.WriteLine($"| check {tokens.Count:N0} tokens, single thread | {ourSecs * 1000:F0} ms | {hsTotal * 1000:F0} ms total, {hsNet * 1000:F0} ms net of start-up |");
    Console.WriteLine($"| words/second | {ourRate:N0} | {hsRate:N0} |");
    Console.WriteLine($"| ratio (wall clock) | {ourRate / hsRate:F1}x | 1x |");
    double hsNetCpu = Math.Max(1e-6, hsCpu!.Value - hsStartCpu!.Value);
    Console.WriteLine($"| check, CPU time (user+sys) | {ourCpu * 1000:F0} ms | {hsNetCpu * 1000:F0} ms net of start-up |");
    Console.WriteLine($"| words per CPU-second | {tokens.Count / ourCpu:N0} | {tokens.Count / hsNetCpu:N0} |");
    Console.WriteLine($"| ratio (CPU time) | {hsNetCpu / ourCpu:F1}x | 1x |");
}
else Console.WriteLine($"| words/second | {ourRate:N0} | hunspell not installed |");
Console.WriteLine($"| bytes allocated per Check | {bytesPerCheck:F1} | |");
Console.WriteLine($"| Suggest, {sugTimes.Count} misspellings: median / p95 / max | {sugMedian:F1} / {sugP95:F1} / {sugMax:F1} ms | |");

// The default stack: en_US + house, en_GB, the acceptance lists and the misspelling table; the lists load in the
// background and are waited for on the first unknown word. Then suggestions for the 200 real misspellings of the
// tests (first call builds the n-gram index), with and without the table.
string[] defaults = ["en_US.dic", "house.dic", "en_GB.dic", "en_wide.words", "names.words", "software.words", "misspellings.tsv"];
if (defaults.All(f => File.Exists(Path.Combine(dicts, f))))
{
    sw.Restart();
    var stack = SpellCheckerStack.Create(defaults.Select(f => Path.Combine(dicts, f)));
    double created = sw.Elapsed.TotalMilliseconds;
    stack.Check("qqxzv");
    double listsReady = sw.Elapsed.TotalMilliseconds;
    Console.WriteLine($"| default stack: created / lists ready | {created:F0} / {listsReady:F0} ms | |");
    string real = Path.Combine(root, "tests", "EditorialLint.Spelling.Tests", "data", "misspellings-200.tsv");
    var wrong = File.Exists(real) ? File.ReadLines(real).Where(l => l.Length > 0 && l[0] != '#').Select(l => l.Split('\t')[0]).ToArray() : [];
    if (wrong.Length > 0)
    {
        var noTable = SpellCheckerStack.Create(defaults.Where(f => !f.EndsWith(".tsv", StringComparison.Ordinal)).Select(f => Path.Combine(dicts, f)));
        foreach (var (name, s) in new[] { ("with the table", stack), ("without the table", noTable) })
        {
            sw.Restart();
            s.Suggest(wrong[0], 5);
            double first = sw.Elapsed.TotalMilliseconds;
            sw.Restart();
            foreach (var w in wrong.Skip(1)) s.Suggest(w, 5);
            Console.WriteLine($"| Suggest, {wrong.Length} real misspellings {name}: first (index) / mean of the rest | {first:F0} / {sw.Elapsed.TotalMilliseconds / (wrong.Length - 1):F2} ms | |");
        }
    }
}

// wall time of the whole process, and its CPU time (user+sys) from bash's `times` (second line: children)
static (double wall, double cpu) RunHunspell(string exe, string dictBase, string input)
{
    var psi = new ProcessStartInfo("/bin/bash", ["-c", $"\"{exe}\" -d \"{dictBase}\" -i utf-8 -l < \"{input}\" > /dev/null; times"])
    {
        RedirectStandardOutput = true,
    };
    var sw = Stopwatch.StartNew();
    using var p = Process.Start(psi)!;
    string output = p.StandardOutput.ReadToEnd();
    p.WaitForExit();
    double wall = sw.Elapsed.TotalSeconds;
    var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    double cpu = lines.Length >= 2 ? lines[1].Split(' ', StringSplitOptions.RemoveEmptyEntries).Sum(ParseBashTime) : wall;
    return (wall, cpu);
}

// bash `times` format: 0m1.234s
static double ParseBashTime(string t)
{
    int m = t.IndexOf('m');
    if (m < 0 || !t.EndsWith('s')) return 0;
    return double.Parse(t[..m], CultureInfo.InvariantCulture) * 60 + double.Parse(t[(m + 1)..^1], CultureInfo.InvariantCulture);
}

static string? FindOnPath(string exe) =>
    (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
        .Where(d => d.Length > 0).Select(d => Path.Combine(d, exe)).FirstOrDefault(File.Exists);

static string FindRoot()
{
    var dir = new DirectoryInfo(AppContext.BaseDirectory);
    while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "EditorialLint.sln"))) dir = dir.Parent;
    return dir?.FullName ?? Environment.CurrentDirectory;
}
