using System.Diagnostics;

namespace EditorialLint.Cli.Tests;

/// <summary>
/// Tests that need a program this machine may lack (xmllint, pre-commit, git, node with the schema validator): without
/// it they are reported as skipped with the reason (never as passed); with EDITORIAL_LINT_REQUIRE_TOOLS=1, as .ci/run
/// sets, a missing program fails the test instead.
/// </summary>
internal static class ExternalTools
{
    public static bool Required => Environment.GetEnvironmentVariable("EDITORIAL_LINT_REQUIRE_TOOLS") == "1";

    /// <summary>The full path of <paramref name="program"/> on PATH, or skip (or fail under CI) with <paramref name="install"/> as the hint.</summary>
    public static string Need(string program, string install)
    {
        var path = Find(program);
        Need(path is not null, $"{program} is not installed ({install})");
        return path!;
    }

    /// <summary>Skip (or fail under EDITORIAL_LINT_REQUIRE_TOOLS=1) unless <paramref name="available"/>.</summary>
    public static void Need(bool available, string reason)
    {
        if (available)
        {
            return;
        }

        Assert.False(Required, $"EDITORIAL_LINT_REQUIRE_TOOLS=1 but {reason}");
        Skip.If(true, reason);
    }

    public static string? Find(string program)
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(dir, program);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    public static (int Exit, string Out, string Err) Run(string file, IEnumerable<string> args, string workingDirectory, IReadOnlyDictionary<string, string>? env = null, string? stdin = null)
    {
        var psi = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            WorkingDirectory = workingDirectory,
            UseShellExecute = false,
        };
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }

        foreach (var (k, v) in env ?? new Dictionary<string, string>())
        {
            psi.Environment[k] = v;
        }

        using var p = Process.Start(psi)!;
        var o = p.StandardOutput.ReadToEndAsync();
        var e = p.StandardError.ReadToEndAsync();
        p.StandardInput.Write(stdin ?? string.Empty);
        p.StandardInput.Close();
        p.WaitForExit();
        return (p.ExitCode, o.Result, e.Result);
    }

    /// <summary>
    /// A folder holding an <c>editorial-lint</c> shell wrapper that runs the CLI this test project was built with, for
    /// tests that call the tool by name the way a user's scripts do.
    /// </summary>
    public static string CliOnPath(string parent)
    {
        Skip.If(OperatingSystem.IsWindows(), "the wrapper is a shell script");
        var dotnet = Need("dotnet", "the .NET SDK");
        var bin = Path.Combine(parent, "bin-tools");
        Directory.CreateDirectory(bin);
        var cli = Path.Combine(AppContext.BaseDirectory, "editorial-lint.dll");
        var wrapper = Path.Combine(bin, "editorial-lint");
        File.WriteAllText(wrapper, $"#!/bin/sh\nexec \"{dotnet}\" \"{cli}\" \"$@\"\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(wrapper, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        return bin;
    }
}
