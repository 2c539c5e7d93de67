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

    public (int Exit, string Out, string Err) Run(params string[] args)
    {
        // The CLI resolves relative paths against the current directory, which is process-wide.
        lock (CwdLock)
        {
            var saved = Environment.CurrentDirectory;
            try
            {
                Environment.CurrentDirectory = Directory;
                var stdout = new StringWriter();
                var stderr = new StringWriter();
                var exit = CliApp.Run(args, stdout, stderr);
                return (exit, stdout.ToString(), stderr.ToString());
            }
            finally
            {
                Environment.CurrentDirectory = saved;
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
