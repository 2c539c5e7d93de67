using System.CommandLine;
using System.Text.RegularExpressions;

namespace EditorialLint.Cli;

/// <summary><c>new-pack NAME</c>: scaffold a rule pack (docs/rule-packs.md) with a manifest, a starter rule and a project that packs it for NuGet.</summary>
internal static partial class PacksCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var name = new Argument<string>("name") { Description = "The pack's name, also its NuGet package id, e.g. MyHouse.Rules." };
        var dir = new Option<string>("--dir") { Description = "Folder to create the pack in (the pack gets a folder of its own there).", DefaultValueFactory = _ => "packs", HelpName = "DIR" };
        var version = new Option<string>("--version") { Description = "The pack's first version.", DefaultValueFactory = _ => "0.1.0", HelpName = "VERSION" };
        var command = new Command("new-pack", "Write a new rule pack: pack.json (name, version, description, minimum tool version), rules/ with a starter rule, and a project whose 'dotnet pack' makes it a NuGet package.") { name, dir, version };
        command.SetAction(parse => Scaffold(parse.GetValue(dir)!, parse.GetValue(name)!, parse.GetValue(version)!, stdout, stderr));
        return command;
    }

    internal static int Scaffold(string parent, string name, string version, TextWriter stdout, TextWriter stderr)
    {
        if (!PackId().IsMatch(name))
        {
            stderr.WriteLine($"editorial-lint: '{name}' is not a pack name: use letters, digits, '.', '-' and '_', starting with a letter (it is the NuGet package id)");
            return ExitCodes.Usage;
        }

        if (!Version.TryParse(version, out _))
        {
            stderr.WriteLine($"editorial-lint: '{version}' is not a version such as 1.0.0");
            return ExitCodes.Usage;
        }

        var folder = Path.Combine(parent, name);
        if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
        {
            stderr.WriteLine($"editorial-lint: {folder} exists and is not empty");
            return ExitCodes.Usage;
        }

        Directory.CreateDirectory(folder);
        var manifest = new PackManifest(name, version, $"House rules packed as {name}.", Packs.ToolVersion.ToString(3));
        File.WriteAllText(Path.Combine(folder, PackManifest.FileName), manifest.ToJson());
        File.WriteAllText(Path.Combine(folder, name + ".csproj"), PackProjectText(name, version));
        WriteDataExamples(Path.Combine(folder, PackData.FolderName));
        stdout.WriteLine($"Created the pack {name} {version} in {folder}: {PackManifest.FileName}, {name}.csproj, dictionaries/ and rules/.");
        var rule = AuthoringCommands.ScaffoldRule(Path.Combine(folder, "rules"), "Placeholder Text", "Custom", stdout, stderr);
        if (rule != ExitCodes.Success)
        {
            return rule;
        }

        stdout.WriteLine($"Use it from a folder: editorial_lint.packs = {Path.GetRelativePath(Environment.CurrentDirectory, folder).Replace('\\', '/')} in .editorconfig;");
        stdout.WriteLine($"or as a NuGet package: 'dotnet pack {folder}' and editorial_lint.packs = {name}@{version} (docs/rule-packs.md).");
        return ExitCodes.Success;
    }

    /// <summary>
    /// The pack's <c>dictionaries/</c> folder with a word list and a house-terms file that hold only comments: the
    /// formats, ready to fill in, changing no finding until they are.
    /// </summary>
    private static void WriteDataExamples(string folder)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "house.words"), """
            # Words the spelling rules accept for the drafts that use this pack, one a line (UTF-8), as written:
            # a capitalised entry is a name. For affixes (plurals, possessives) use a Hunspell .dic instead.
            # Example:
            # Lindqvist

            """);
        File.WriteAllText(Path.Combine(folder, "house-terms.txt"), """
            # House terms (EL5001), one a line: Preferred | rejected, forms | exception, phrases
            # They add to the terms in force for the drafts that use this pack (docs/rule-packs.md).
            # Example:
            # Kyiv | Kiev | Chicken Kiev

            """);
    }

    /// <summary>
    /// The pack's project: no code of its own; <c>dotnet pack</c> puts <c>pack.json</c>, <c>rules/</c> (without its
    /// build output and rules project) and <c>dictionaries/</c> at the package root, the layout the linter reads.
    /// </summary>
    internal static string PackProjectText(string name, string version) => $$"""
        <!-- Written by editorial-lint new-pack. `dotnet pack` makes bin/{{name}}.<version>.nupkg holding this rule pack
             (pack.json, rules/, dictionaries/ at the package root); name it in .editorconfig as
             editorial_lint.packs = {{name}}@<version>. Keep <Version> here and "version" in pack.json the same. -->
        <Project>
          <PropertyGroup>
            <ImportDirectoryBuildProps>false</ImportDirectoryBuildProps>
            <ImportDirectoryBuildTargets>false</ImportDirectoryBuildTargets>
            <ImportDirectoryPackagesProps>false</ImportDirectoryPackagesProps>
          </PropertyGroup>
          <Import Project="Sdk.props" Sdk="Microsoft.NET.Sdk" />
          <PropertyGroup>
            <TargetFramework>net10.0</TargetFramework>
            <PackageId>{{name}}</PackageId>
            <Version>{{version}}</Version>
            <Description>An editorial-lint rule pack.</Description>
            <Authors>{{name}} authors</Authors>
            <PackageTags>editorial-lint-pack</PackageTags>
            <IsPackable>true</IsPackable>
            <EnableDefaultItems>false</EnableDefaultItems>
            <IncludeBuildOutput>false</IncludeBuildOutput>
            <SuppressDependenciesWhenPacking>true</SuppressDependenciesWhenPacking>
            <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
            <PackageOutputPath>$(MSBuildThisFileDirectory)bin/</PackageOutputPath>
            <NoWarn>$(NoWarn);NU5128</NoWarn>
          </PropertyGroup>
          <ItemGroup>
            <None Include="pack.json" Pack="true" PackagePath="" />
            <None Include="rules/**/*" Exclude="rules/bin/**;rules/obj/**;rules/rules.csproj;rules/nuget.config" Pack="true" PackagePath="rules/%(RecursiveDir)" />
            <None Include="dictionaries/**/*" Pack="true" PackagePath="dictionaries/%(RecursiveDir)" />
          </ItemGroup>
          <Import Project="Sdk.targets" Sdk="Microsoft.NET.Sdk" />
        </Project>

        """;

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9._-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex PackId();
}
