using System.Reflection;
using System.Reflection.Emit;

namespace PolicyAdvisor.Rules;

/// <summary>
/// Emits the CLR class of each schema fact type: a sealed <see cref="RuntimeFact"/> with one public read-only
/// property per field (and <c>id</c>), which is what conditions compiled by Dynamic LINQ bind to.
/// </summary>
/// <remarks>
/// One collectible dynamic assembly per schema, so a process that loads many rule bases (the tests, an editor)
/// does not keep every generation of classes alive. Nothing is cached across schemas: two schemas never share a
/// class, so a pattern can only ever match facts of its own schema and type.
/// </remarks>
internal sealed class RuntimeFactEmitter
{
    private static readonly ConstructorInfo BaseConstructor =
        typeof(RuntimeFact).GetConstructor(BindingFlags.Instance | BindingFlags.NonPublic, Type.EmptyTypes)!;

    private static readonly MethodInfo IdGetter =
        typeof(RuntimeFact).GetProperty("IdValue", BindingFlags.Instance | BindingFlags.NonPublic)!.GetMethod!;

    private static readonly MethodInfo ValueAt =
        typeof(RuntimeFact).GetMethod("ValueAt", BindingFlags.Instance | BindingFlags.NonPublic)!;

    private readonly ModuleBuilder _module = AssemblyBuilder
        .DefineDynamicAssembly(new AssemblyName("PolicyAdvisor.RuntimeFacts"), AssemblyBuilderAccess.RunAndCollect)
        .DefineDynamicModule("PolicyAdvisor.RuntimeFacts");

    private readonly HashSet<string> _names = new(StringComparer.Ordinal);

    /// <summary>Emits the class for <paramref name="spec"/>, named after the type so messages read naturally.</summary>
    public Type Emit(FactTypeSpec spec)
    {
        // The loader refuses empty and duplicate type names, but a schema built in code may have them: the class
        // name is only for messages, so such a type gets a suffix no valid type name has.
        var stem = spec.Name.Length > 0 ? spec.Name : "Fact";
        var name = stem;
        for (var n = 2; !_names.Add(name); n++)
        {
            name = $"{stem}#{n}";
        }

        var type = _module.DefineType(name, TypeAttributes.Public | TypeAttributes.Sealed | TypeAttributes.Class, typeof(RuntimeFact));

        var constructor = type.DefineConstructor(MethodAttributes.Public, CallingConventions.Standard, Type.EmptyTypes);
        var il = constructor.GetILGenerator();
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Call, BaseConstructor);
        il.Emit(OpCodes.Ret);

        DefineProperty(type, "id", typeof(string), il =>
        {
            il.Emit(OpCodes.Ldarg_0);
            il.Emit(OpCodes.Call, IdGetter);
        });
        foreach (var field in spec.Fields)
        {
            var clrType = field.ClrType;
            DefineProperty(type, field.Name, clrType, il =>
            {
                il.Emit(OpCodes.Ldarg_0);
                il.Emit(OpCodes.Ldc_I4, field.Order);
                il.Emit(OpCodes.Call, ValueAt);
                il.Emit(clrType.IsValueType ? OpCodes.Unbox_Any : OpCodes.Castclass, clrType);
            });
        }

        return type.CreateType();
    }

    private static void DefineProperty(TypeBuilder type, string name, Type propertyType, Action<ILGenerator> load)
    {
        var getter = type.DefineMethod("get_" + name,
            MethodAttributes.Public | MethodAttributes.SpecialName | MethodAttributes.HideBySig, propertyType, Type.EmptyTypes);
        var il = getter.GetILGenerator();
        load(il);
        il.Emit(OpCodes.Ret);
        type.DefineProperty(name, PropertyAttributes.None, propertyType, null).SetGetMethod(getter);
    }
}
