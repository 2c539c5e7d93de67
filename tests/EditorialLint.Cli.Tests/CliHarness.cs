using System.Diagnostics;

namespace EditorialLint.Cli.Tests;

/// <summary>Runs the CLI in-process with captured output, in a scratch folder.</summary>
internal sealed class CliHarness : IDisposable
{
    internal static readonly object CwdLock = new();

    public CliHarness()
    {
        Directory = Path.Combine(Path.GetTempPath(), "el-cli-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);
        File.WriteAllText(Path.Combine(Directory, ".editorconfig"), "root = true\n");
    }

    public string Directory { get; }

    public string PathOf(string name) => Path.Combine(Directory, name);

    public string Write(string name, string text)
    {
        var p = PathOf(name);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(p)!);
        File.WriteAllText(p, text);
        return p;
    }

    public string WriteBytes(string name, byte[] bytes)
    {
        var p = PathOf(name);
        File.WriteAllBytes(p, bytes);
        return p;
    }

    /// <summary>Environment variables set for the runs of this harness only (under the same lock as the current folder).</summary>
    public Dictionary<string, string?> Variables { get; } = new(StringComparer.Ordinal)
    {
        // Every harness has its own trust file: nothing a test trusts leaks into the user's or another test's.
        ["EDITORIAL_LINT_TRUST_FILE"] = null,
    };

    public string TrustFile => PathOf(".trusted-rules.txt");

    public (int Exit, string Out, string Err) Run(params string[] args) => RunCore(null, null, args, ".");

    /// <summary>Run with the current folder set to <paramref name="folder"/> (relative to the harness folder).</summary>
    public (int Exit, string Out, string Err) RunIn(string folder, params string[] args) => RunCore(null, null, args, folder);

    /// <summary>
    /// Run with <paramref name="stdin"/> as standard input and <paramref name="env"/> set for the call (null removes a
    /// variable); both are restored afterwards. The lock that guards the current directory guards them too.
    /// </summary>
    public (int Exit, string Out, string Err) RunWith(string? stdin, IReadOnlyDictionary<string, string?>? env, params string[] args) => RunCore(stdin, env, args, ".");

    private (int Exit, string Out, string Err) RunCore(string? stdin, IReadOnlyDictionary<string, string?>? env, string[] args, string folder)
    {
        // The CLI resolves relative paths against the current directory, which is process-wide.
        lock (CwdLock)
        {
            var variables = new Dictionary<string, string?>(StringComparer.Ordinal);
            foreach (var (k, v) in Variables)
            {
                variables[k] = k == "EDITORIAL_LINT_TRUST_FILE" ? v ?? TrustFile : v;
            }

            foreach (var (k, v) in env ?? new Dictionary<string, string?>())
            {
                variables[k] = v;
            }

            var saved = Environment.CurrentDirectory;
            var savedEnv = variables.ToDictionary(kv => kv.Key, kv => Environment.GetEnvironmentVariable(kv.Key), StringComparer.Ordinal);
            try
            {
                Environment.CurrentDirectory = Path.GetFullPath(Path.Combine(Directory, folder));
                foreach (var (k, v) in variables)
                {
                    Environment.SetEnvironmentVariable(k, v);
                }

                var stdout = new StringWriter();
                var stderr = new StringWriter();
                var input = System.Text.Encoding.UTF8.GetBytes(stdin ?? string.Empty);
                var exit = CliApp.Run(args, stdout, stderr, () => new MemoryStream(input));
                return (exit, stdout.ToString(), stderr.ToString());
            }
            finally
            {
                Environment.CurrentDirectory = saved;
                foreach (var (k, v) in savedEnv)
                {
                    Environment.SetEnvironmentVariable(k, v);
                }
            }
        }
    }

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }


    public static (int Exit, string Out, string Err) RunProcess(string file, string args, string workingDirectory)
    {
        var psi = new ProcessStartInfo(file, args)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory,
        };
        using var p = Process.Start(psi)!;
        var o = p.StandardOutput.ReadToEndAsync();
        var e = p.StandardError.ReadToEndAsync();
        p.WaitForExit();
        return (p.ExitCode, o.Result, e.Result);
    }
}
