using System.Text.RegularExpressions;

namespace EditorialLint.Cli;

/// <summary>
/// The small C# project <c>new-rule</c> and <c>new-pack</c> write once per rule folder (<c>rules.csproj</c> and
/// <c>nuget.config</c>), so that <c>dotnet build</c> there and any C# editor check the rules against the rule SDK
/// (the <c>EditorialLint.Sdk</c> package shipped in the tool's <c>sdk/</c> folder) before a lint run. The project
/// mirrors how the rule host compiles the folder: the same assemblies, C# version, nullable context and usings, and
/// the SDK's analyzer reports the banned APIs as the rule host does (<c>EditorialLintAllowPluginApis</c> allows them).
/// The linter ignores the project, <c>bin/</c> and <c>obj/</c>.
/// </summary>
internal static partial class RuleProject
{
    /// <summary>The project file's name.</summary>
    public const string ProjectFileName = "rules.csproj";

    /// <summary>The folder holding the SDK package: <c>EDITORIAL_LINT_SDK</c> if set, else <c>sdk/</c> beside the tool.</summary>
    public static string SdkFolder
    {
        get
        {
            var explicitFolder = Environment.GetEnvironmentVariable("EDITORIAL_LINT_SDK");
            return string.IsNullOrEmpty(explicitFolder) ? Path.Combine(AppContext.BaseDirectory, "sdk") : Path.GetFullPath(explicitFolder);
        }
    }

    /// <summary>The version of the SDK package in <see cref="SdkFolder"/>, or null when the folder holds none.</summary>
    public static string? SdkVersion()
    {
        if (!Directory.Exists(SdkFolder))
        {
            return null;
        }

        return Directory.EnumerateFiles(SdkFolder, "EditorialLint.Sdk.*.nupkg")
            .Select(f => SdkPackageName().Match(Path.GetFileName(f)))
            .Where(m => m.Success)
            .Select(m => m.Groups[1].Value)
            .OrderDescending(StringComparer.Ordinal)
            .FirstOrDefault();
    }

    /// <summary>
    /// Write <c>rules.csproj</c> into <paramref name="folder"/> unless one is there, and <c>nuget.config</c> unless one
    /// is there that still points at an existing folder. Returns the files written (none when both were in place), or
    /// null when the tool has no SDK package to point at.
    /// </summary>
    public static IReadOnlyList<string>? Ensure(string folder)
    {
        var version = SdkVersion();
        if (version is null)
        {
            return null;
        }

        var written = new List<string>();
        var project = Path.Combine(folder, ProjectFileName);
        if (!File.Exists(project))
        {
            File.WriteAllText(project, ProjectText(version));
            written.Add(project);
        }

        var config = Path.Combine(folder, "nuget.config");
        if (!File.Exists(config) || ConfiguredSource(File.ReadAllText(config)) is not { } source || !Directory.Exists(source))
        {
            File.WriteAllText(config, NuGetConfigText(SdkFolder));
            written.Add(config);
        }

        return written;
    }

    /// <summary>The project: the SDK package and the rule host's compile settings (RuleCompiler, CSharpBuild).</summary>
    internal static string ProjectText(string sdkVersion) => $$"""
        <!-- Written by editorial-lint: lets `dotnet build` and C# editors check the rules in this folder against the rule
             SDK before a lint run. editorial-lint compiles the folder's *.cs files the same way (same assemblies, C#
             version, nullable context and usings) and ignores this file, bin/ and obj/. The repository around this folder
             does not build it, and its Directory.Build.* files do not apply here. -->
        <Project>
          <PropertyGroup>
            <ImportDirectoryBuildProps>false</ImportDirectoryBuildProps>
            <ImportDirectoryBuildTargets>false</ImportDirectoryBuildTargets>
            <ImportDirectoryPackagesProps>false</ImportDirectoryPackagesProps>
          </PropertyGroup>
          <Import Project="Sdk.props" Sdk="Microsoft.NET.Sdk" />
          <PropertyGroup>
            <TargetFramework>net10.0</TargetFramework>
            <LangVersion>latest</LangVersion>
            <Nullable>enable</Nullable>
            <ImplicitUsings>disable</ImplicitUsings>
            <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
            <IsPackable>false</IsPackable>
            <!-- The SDK is restored into obj/ (delete obj/ after updating the tool), not into the machine's NuGet cache. -->
            <RestorePackagesPath>$(MSBuildThisFileDirectory)obj/sdk-packages/</RestorePackagesPath>
            <!-- The build reports each use of an API a rule may not use (files, network, processes, reflection...) as
                 error EL9001, as editorial-lint does. true allows them here, as the allow-plugin-apis switch does for a run. -->
            <EditorialLintAllowPluginApis>false</EditorialLintAllowPluginApis>
          </PropertyGroup>
          <ItemGroup>
            <Using Include="System" />
            <Using Include="System.Collections.Generic" />
            <Using Include="System.IO" />
            <Using Include="System.Linq" />
            <Using Include="System.Threading" />
            <Using Include="System.Threading.Tasks" />
          </ItemGroup>
          <ItemGroup>
            <PackageReference Include="EditorialLint.Sdk" Version="{{sdkVersion}}" />
          </ItemGroup>
          <Import Project="Sdk.targets" Sdk="Microsoft.NET.Sdk" />
        </Project>

        """;

    /// <summary>A nuget.config whose only source is the tool's SDK folder, so the restore needs no network.</summary>
    internal static string NuGetConfigText(string sdkFolder) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <!-- Written by editorial-lint: the rule SDK comes from the tool's own sdk/ folder (offline). -->
        <configuration>
          <packageSources>
            <clear />
            <add key="editorial-lint-sdk" value="{System.Security.SecurityElement.Escape(sdkFolder)}" />
          </packageSources>
        </configuration>

        """;

    private static string? ConfiguredSource(string config) =>
        SourceValue().Match(config) is { Success: true } m ? System.Net.WebUtility.HtmlDecode(m.Groups[1].Value) : null;

    [GeneratedRegex(@"^EditorialLint\.Sdk\.([0-9][0-9A-Za-z.\-]*)\.nupkg$", RegexOptions.CultureInvariant)]
    private static partial Regex SdkPackageName();

    [GeneratedRegex("key=\"editorial-lint-sdk\"\\s+value=\"([^\"]*)\"", RegexOptions.CultureInvariant)]
    private static partial Regex SourceValue();
}
