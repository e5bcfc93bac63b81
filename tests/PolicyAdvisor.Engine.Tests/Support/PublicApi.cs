using System.Reflection;
using System.Runtime.CompilerServices;

namespace PolicyAdvisor.Engine.Tests.Support;

/// <summary>Renders an assembly's exported surface as sorted text lines, one per type and member.</summary>
public static class PublicApi
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    public static string Render(Assembly assembly)
    {
        var lines = new List<string>();
        foreach (var type in assembly.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            lines.Add(TypeLine(type));
            lines.AddRange(type.GetMembers(Declared).Where(IsVisible).Select(m => "  " + MemberLine(m)).Where(l => l.Length > 2).Order(StringComparer.Ordinal));
        }

        return string.Join("\n", lines) + "\n";
    }

    private static string TypeLine(Type type)
    {
        var kind = type.IsInterface ? "interface" : type.IsEnum ? "enum" : type.IsValueType ? "struct" : "class";
        var modifiers = type is { IsAbstract: true, IsSealed: true } ? "static " : type.IsAbstract && !type.IsInterface ? "abstract " : type.IsSealed && !type.IsValueType ? "sealed " : string.Empty;
        var bases = new List<string>();
        if (type.BaseType is { } baseType && baseType != typeof(object) && baseType != typeof(ValueType) && baseType != typeof(Enum))
        {
            bases.Add(Name(baseType));
        }

        bases.AddRange(type.GetInterfaces().Select(Name).Order(StringComparer.Ordinal));
        return $"{modifiers}{kind} {Name(type)}" + (bases.Count == 0 ? string.Empty : " : " + string.Join(", ", bases));
    }

    private static bool IsVisible(MemberInfo member) => member switch
    {
        MethodBase method => (method.IsPublic || method.IsFamily || method.IsFamilyOrAssembly) && !method.IsSpecialName || method is ConstructorInfo { IsPublic: true } || method is ConstructorInfo { IsFamily: true },
        PropertyInfo property => property.GetAccessors(nonPublic: true).Any(a => a.IsPublic || a.IsFamily),
        EventInfo evt => evt.AddMethod is { IsPublic: true } or { IsFamily: true },
        FieldInfo field => field.IsPublic || field.IsFamily,
        Type nested => nested.IsNestedPublic,
        _ => false,
    };

    private static string MemberLine(MemberInfo member) => member switch
    {
        ConstructorInfo ctor => $"ctor({Parameters(ctor)})",
        MethodInfo method when method.IsDefined(typeof(CompilerGeneratedAttribute)) => string.Empty,
        MethodInfo method => $"{(method.IsStatic ? "static " : string.Empty)}{(method.IsAbstract && !method.DeclaringType!.IsInterface ? "abstract " : string.Empty)}{Name(method.ReturnType)} {method.Name}{Generic(method)}({Parameters(method)})",
        PropertyInfo property => $"{Name(property.PropertyType)} {property.Name}{Indexer(property)} {{ {Accessors(property)}}}",
        EventInfo evt => $"event {Name(evt.EventHandlerType!)} {evt.Name}",
        FieldInfo field => $"{(field.IsStatic ? "static " : string.Empty)}{Name(field.FieldType)} {field.Name}",
        _ => string.Empty,
    };

    private static string Accessors(PropertyInfo property)
    {
        var text = property.GetMethod is { IsPublic: true } ? "get; " : string.Empty;
        if (property.SetMethod is { IsPublic: true } setter)
        {
            var isInit = setter.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.Name == "IsExternalInit");
            text += isInit ? "init; " : "set; ";
        }

        return text;
    }

    private static string Indexer(PropertyInfo property)
    {
        var parameters = property.GetIndexParameters();
        return parameters.Length == 0 ? string.Empty : "[" + string.Join(", ", parameters.Select(p => Name(p.ParameterType) + " " + p.Name)) + "]";
    }

    private static string Generic(MethodInfo method) =>
        method.IsGenericMethodDefinition ? "<" + string.Join(", ", method.GetGenericArguments().Select(a => a.Name)) + ">" : string.Empty;

    private static string Parameters(MethodBase method) =>
        string.Join(", ", method.GetParameters().Select(p =>
            (p.IsDefined(typeof(ParamArrayAttribute)) ? "params " : string.Empty) + Name(p.ParameterType) + " " + p.Name + (p.HasDefaultValue ? " = " + (p.DefaultValue ?? "null") : string.Empty)));

    private static string Name(Type type)
    {
        if (type.IsGenericParameter)
        {
            return type.Name;
        }

        if (type.IsArray)
        {
            return Name(type.GetElementType()!) + "[]";
        }

        if (type.IsByRef)
        {
            return "ref " + Name(type.GetElementType()!);
        }

        var name = type.IsNested ? Name(type.DeclaringType!) + "." + type.Name : type.Namespace + "." + type.Name;
        if (!type.IsGenericType)
        {
            return name;
        }

        return name[..name.IndexOf('`', StringComparison.Ordinal)] + "<" + string.Join(", ", type.GetGenericArguments().Select(Name)) + ">";
    }
}
