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

    public (int Exit, string Out, string Err) Run(params string[] args) => RunWith(null, null, args);

    /// <summary>
    /// Run with <paramref name="stdin"/> as standard input and <paramref name="env"/> set for the call (null removes a
    /// variable); both are restored afterwards. The lock that guards the current directory guards them too.
    /// </summary>
    public (int Exit, string Out, string Err) RunWith(string? stdin, IReadOnlyDictionary<string, string?>? env, params string[] args)
    {
        // The CLI resolves relative paths against the current directory, which is process-wide.
        lock (CwdLock)
        {
            var saved = Environment.CurrentDirectory;
            var savedEnv = (env ?? new Dictionary<string, string?>()).ToDictionary(kv => kv.Key, kv => Environment.GetEnvironmentVariable(kv.Key));
            try
            {
                Environment.CurrentDirectory = Directory;
                foreach (var (k, v) in env ?? new Dictionary<string, string?>())
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
