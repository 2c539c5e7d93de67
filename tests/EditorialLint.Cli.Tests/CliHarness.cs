using System.Diagnostics;

namespace EditorialLint.Cli.Tests;

/// <summary>Runs the CLI in-process with captured output, in a scratch folder.</summary>
internal sealed class CliHarness : IDisposable
{
    private static readonly object CwdLock = new();

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
    public Dictionary<string, string?> Environment { get; } = new(StringComparer.Ordinal)
    {
        // Every harness has its own trust file: nothing a test trusts leaks into the user's or another test's.
        ["EDITORIAL_LINT_TRUST_FILE"] = null,
    };

    public string TrustFile => PathOf(".trusted-rules.txt");

    public (int Exit, string Out, string Err) Run(params string[] args) => RunIn(".", args);

    /// <summary>Run with the current folder set to <paramref name="folder"/> (relative to the harness folder).</summary>
    public (int Exit, string Out, string Err) RunIn(string folder, params string[] args)
    {
        // The CLI resolves relative paths against the current directory, which is process-wide.
        lock (CwdLock)
        {
            var saved = System.Environment.CurrentDirectory;
            var savedVariables = Environment.Keys.ToDictionary(k => k, System.Environment.GetEnvironmentVariable, StringComparer.Ordinal);
            try
            {
                foreach (var (key, value) in Environment)
                {
                    System.Environment.SetEnvironmentVariable(key, key == "EDITORIAL_LINT_TRUST_FILE" ? value ?? TrustFile : value);
                }

                System.Environment.CurrentDirectory = Path.GetFullPath(Path.Combine(Directory, folder));
                var stdout = new StringWriter();
                var stderr = new StringWriter();
                var exit = CliApp.Run(args, stdout, stderr);
                return (exit, stdout.ToString(), stderr.ToString());
            }
            finally
            {
                System.Environment.CurrentDirectory = saved;
                foreach (var (key, value) in savedVariables)
                {
                    System.Environment.SetEnvironmentVariable(key, value);
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
