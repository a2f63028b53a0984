using Mono.Cecil;
using Xunit.Abstractions;

namespace Modellregion.Tests.Features.Platform;

/// <summary>
/// The module contract (docs/architecture.md, "Module") read from the compiled app: which area's code refers to
/// which other area's types, including method bodies and the compiled Razor views. A feature may use another
/// feature's entities, queries and contracts where the dependency picture allows it, never its pages, page models
/// or views; Platform uses no feature at all; and the removable features (News, Board, Transfer) are used by none.
/// </summary>
public sealed class ModuleBoundaryTests(ITestOutputHelper output)
{
    private const string Root = "Modellregion.Web.";

    /// <summary>The dependency picture: which area may use which (besides itself). Mirrored in docs/architecture.md.</summary>
    private static readonly Dictionary<string, string[]> Allowed = new()
    {
        ["Account"] = ["Audit", "Projects", "Regions"],
        ["Administration"] = ["Account", "Funding", "Info", "Projects", "Regions"],
        ["Audit"] = ["Account", "Projects", "Regions"],
        ["Board"] = ["Account", "Audit", "Directory", "Funding", "Projects", "Regions"],
        ["Directory"] = ["Account", "Audit", "Funding", "Projects", "Regions"],
        ["Events"] = ["Account", "Audit", "Directory", "Funding", "Projects", "Regions"],
        ["Funding"] = ["Account", "Audit", "Directory", "Projects", "Regions"],
        ["Home"] = ["Directory", "Funding", "Projects", "Regions"],
        ["Info"] = ["Account", "Audit"],
        ["News"] = ["Account", "Audit", "Funding", "Projects", "Regions"],
        ["Privacy"] = ["Account"],
        ["Projects"] = ["Account", "Audit", "Directory", "Funding", "Regions"],
        ["Regions"] = ["Account", "Audit", "Directory", "Funding", "Projects"],
        ["Transfer"] = ["Account", "Audit", "Directory", "Funding", "Projects", "Regions"],
    };

    /// <summary>Features a region may run without: nothing outside them may refer to them (scripts/remove-feature.sh).</summary>
    private static readonly string[] Removable = ["News", "Board", "Transfer", "Events", "OpenData", "Search"];

    /// <summary>
    /// References into Board or Transfer from outside that are still accepted. Empty: both contribute to other pages
    /// only through the shell's contracts (docs/architecture.md, "Module"); the list may not grow.
    /// </summary>
    private static readonly string[] KnownCouplings = [];

    private static readonly Lazy<IReadOnlyList<(string From, string To, string FromType, string ToType)>> References = new(Read);

    [Fact]
    public void No_feature_uses_another_features_pages_page_models_or_views()
    {
        var offending = References.Value
            .Where(r => r.From != r.To && IsFeature(r.From) && IsFeature(r.To) && IsPage(r.ToType))
            .Select(r => $"{r.FromType} → {r.ToType}").Distinct().Order().ToList();
        Assert.True(offending.Count == 0, "Pages belong to their feature:\n" + string.Join("\n", offending));
    }

    [Fact]
    public void Platform_uses_no_feature()
    {
        var offending = References.Value.Where(r => r.From == "Platform" && IsFeature(r.To))
            .Select(r => $"{r.FromType} → {r.ToType}").Distinct().Order().ToList();
        Assert.True(offending.Count == 0, "Platform must not know the features:\n" + string.Join("\n", offending));
    }

    [Fact]
    public void Nothing_outside_a_removable_feature_refers_to_it()
    {
        var offending = References.Value.Where(r => r.From != r.To && Removable.Contains(r.To) && !IsComposition(r.From))
            .Select(r => $"{r.FromType} → {r.ToType}").Distinct().Order().ToList();
        Assert.True(offending.Count == 0, "A removable feature is used from outside:\n" + string.Join("\n", offending));
    }

    [Fact]
    public void Board_and_transfer_are_used_from_outside_only_where_known()
    {
        var found = References.Value.Where(r => r.From != r.To && r.To is "Board" or "Transfer" && !IsComposition(r.From) && r.From is not ("Board" or "Transfer"))
            .Select(r => $"{r.FromType} → {r.ToType}").Distinct().Order().ToList();
        var unknown = found.Except(KnownCouplings).ToList();
        Assert.True(unknown.Count == 0, "New references into Board or Transfer from outside:\n" + string.Join("\n", unknown));
    }

    [Fact]
    public void Areas_depend_on_each_other_only_as_the_picture_allows()
    {
        var edges = Edges();
        foreach (var (from, to) in edges.Order())
        {
            output.WriteLine($"{from} → {to}");
        }

        var twoWay = edges.Where(e => string.CompareOrdinal(e.From, e.To) < 0 && edges.Contains((e.To, e.From))).ToList();
        output.WriteLine($"{edges.Count} dependencies between areas, {twoWay.Count} of them both ways: {string.Join(", ", twoWay.Select(e => $"{e.From}↔{e.To}"))}");
        var unexpected = edges.Where(e => !Allowed.TryGetValue(e.From, out var allowed) || !allowed.Contains(e.To)).Select(e => $"{e.From} → {e.To}").ToList();
        Assert.True(unexpected.Count == 0, "Dependencies not in the picture (docs/architecture.md):\n" + string.Join("\n", unexpected));
    }

    /// <summary>Dependencies between features (Platform, Data and the shell Shared may be used by every feature).</summary>
    private static HashSet<(string From, string To)> Edges() =>
        [.. References.Value.Where(r => r.From != r.To && IsFeature(r.From) && IsFeature(r.To)).Select(r => (r.From, r.To))];

    private static bool IsFeature(string area) => area is not ("Platform" or "Data" or "Program" or "Shared" or "CompiledModels");

    /// <summary>
    /// What puts the features together and goes with them: Program registers every feature; the generated compiled
    /// models (ADR 0030) describe every feature's tables and are regenerated (or deleted, scripts/remove-feature.sh)
    /// when a feature goes.
    /// </summary>
    private static bool IsComposition(string area) => area is "Program" or "CompiledModels";

    private static bool IsPage(string type) =>
        type.StartsWith("AspNetCoreGeneratedDocument.", StringComparison.Ordinal) || type.EndsWith("Model", StringComparison.Ordinal) && PageModels.Value.Contains(type);

    private static readonly Lazy<HashSet<string>> PageModels = new(() =>
    {
        using var assembly = Load();
        return [.. assembly.MainModule.GetTypes().Where(t => Inherits(t, "Microsoft.AspNetCore.Mvc.RazorPages.PageModel")).Select(t => t.FullName)];
    });

    private static bool Inherits(TypeDefinition type, string baseName)
    {
        for (var current = type.BaseType; current is not null;)
        {
            if (current.FullName == baseName)
            {
                return true;
            }

            current = current.Resolve()?.BaseType;
        }

        return false;
    }

    private static AssemblyDefinition Load()
    {
        var path = typeof(Program).Assembly.Location;
        var resolver = new DefaultAssemblyResolver();
        resolver.AddSearchDirectory(Path.GetDirectoryName(path)!);
        foreach (var directory in AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")?.ToString()?.Split(Path.PathSeparator).Select(Path.GetDirectoryName).Distinct() ?? [])
        {
            resolver.AddSearchDirectory(directory);
        }

        return AssemblyDefinition.ReadAssembly(path, new ReaderParameters { AssemblyResolver = resolver, ReadSymbols = true });
    }

    /// <summary>
    /// The area of a type: the folder of its source file under Features (or Platform, Data, Program), read from the
    /// debug symbols, so that e.g. a feature's sets declared in the data layer's namespace count as the feature's;
    /// types without code (interfaces, enumerations) by their namespace.
    /// </summary>
    private static string? AreaOf(TypeReference reference)
    {
        while (reference.DeclaringType is not null)
        {
            reference = reference.DeclaringType;
        }

        if (reference.Scope is not ModuleDefinition || reference.Resolve() is not { } type)
        {
            return null;
        }

        return Areas.GetOrAdd(type.FullName, _ => FromSource(type) ?? FromNamespace(type.FullName));
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string?> Areas = new();

    private static string? FromSource(TypeDefinition type)
    {
        var documents = AllTypes(type).SelectMany(t => t.Methods).Where(m => m.DebugInformation.HasSequencePoints)
            .Select(m => m.DebugInformation.SequencePoints[0].Document.Url.Replace('\\', '/'));
        foreach (var document in documents)
        {
            var at = document.IndexOf("/src/Modellregion.Web/", StringComparison.Ordinal);
            if (at < 0 || document.Contains("/obj/", StringComparison.Ordinal))
            {
                continue;
            }

            var parts = document[(at + "/src/Modellregion.Web/".Length)..].Split('/');
            return parts[0] switch
            {
                "Features" when parts.Length > 2 => parts[1],
                "Features" => "Shared",
                "Program.cs" => "Program",
                "Data" when parts.Length > 2 && parts[1] == "CompiledModels" => "CompiledModels",
                _ => parts[0],
            };
        }

        return null;
    }

    private static IEnumerable<TypeDefinition> AllTypes(TypeDefinition type) => type.NestedTypes.SelectMany(AllTypes).Prepend(type);

    private static string? FromNamespace(string name)
    {
        if (!name.StartsWith(Root, StringComparison.Ordinal))
        {
            return name.StartsWith("Program", StringComparison.Ordinal) ? "Program" : null;
        }

        var parts = name[Root.Length..].Split('.');
        if (parts is ["Data", "CompiledModels", ..])
        {
            return "CompiledModels";
        }

        return parts[0] == "Features" && parts.Length > 2 ? parts[1] : parts[0] == "Features" ? "Shared" : parts[0];
    }

    private static List<(string, string, string, string)> Read()
    {
        using var assembly = Load();
        var found = new HashSet<(string, string, string, string)>();
        foreach (var type in assembly.MainModule.GetTypes())
        {
            if (AreaOf(type) is not { } from)
            {
                continue;
            }

            var outer = type;
            while (outer.DeclaringType is not null)
            {
                outer = outer.DeclaringType;
            }

            void Add(TypeReference? target)
            {
                if (target is null)
                {
                    return;
                }

                if (target is GenericInstanceType generic)
                {
                    foreach (var argument in generic.GenericArguments)
                    {
                        Add(argument);
                    }
                }

                var element = target.GetElementType();
                if (element.Scope == assembly.MainModule && AreaOf(element) is { } to)
                {
                    var outerTarget = element;
                    while (outerTarget.DeclaringType is not null)
                    {
                        outerTarget = outerTarget.DeclaringType;
                    }

                    found.Add((from, to, outer.FullName, outerTarget.FullName));
                }
            }

            Add(type.BaseType);
            foreach (var @interface in type.Interfaces)
            {
                Add(@interface.InterfaceType);
            }

            foreach (var field in type.Fields)
            {
                Add(field.FieldType);
            }

            foreach (var property in type.Properties)
            {
                Add(property.PropertyType);
            }

            foreach (var method in type.Methods)
            {
                Add(method.ReturnType);
                foreach (var parameter in method.Parameters)
                {
                    Add(parameter.ParameterType);
                }

                if (!method.HasBody)
                {
                    continue;
                }

                foreach (var variable in method.Body.Variables)
                {
                    Add(variable.VariableType);
                }

                foreach (var instruction in method.Body.Instructions)
                {
                    switch (instruction.Operand)
                    {
                        case TypeReference t:
                            Add(t);
                            break;
                        case MethodReference m:
                            Add(m.DeclaringType);
                            Add(m.ReturnType);
                            if (m is GenericInstanceMethod gm)
                            {
                                foreach (var argument in gm.GenericArguments)
                                {
                                    Add(argument);
                                }
                            }

                            break;
                        case FieldReference f:
                            Add(f.DeclaringType);
                            Add(f.FieldType);
                            break;
                    }
                }
            }
        }

        return [.. found];
    }
}
