using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using Fluid;

namespace PipWatch.Notifications.Templates;

/// <summary>
/// Opens PipWatch's own model types to templates, member by member, as they are first rendered.
/// Fluid's UnsafeMemberAccessStrategy would open every public property of every reachable object (a Uri, a
/// CultureInfo, a TimeZoneInfo …), so an override could wander outside the data meant for the email. Registering
/// only types from PipWatch namespaces keeps a template's reach to what a model deliberately carries.
/// </summary>
internal sealed class ModelRegistry(MemberAccessStrategy strategy)
{
    private readonly ConcurrentDictionary<Type, bool> _ready = new();
    private readonly HashSet<Type> _visited = [];
    private readonly Lock _gate = new();

    /// <summary>Registers a model type and every PipWatch type it reaches; returns once all are usable.</summary>
    public void Register(Type modelType)
    {
        if (_ready.ContainsKey(modelType))
        {
            return;
        }

        // One registration at a time, so no render can see a type whose members are only half registered.
        lock (_gate)
        {
            Visit(modelType);
            _ready[modelType] = true;
        }
    }

    private void Visit(Type type)
    {
        if (!_visited.Add(type))
        {
            return;
        }

        if (ElementType(type) is { } element)
        {
            Visit(element);
            return;
        }

        if (!IsModelType(type))
        {
            return;
        }

        strategy.Register(type);
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length == 0)
            {
                Visit(property.PropertyType);
            }
        }
    }

    private static bool IsModelType(Type type) =>
        type.Namespace?.StartsWith("PipWatch", StringComparison.Ordinal) == true
        && !type.IsEnum
        && type != typeof(TrustedHtml);

    private static Type? ElementType(Type type)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return underlying;
        }

        if (type == typeof(string) || !typeof(IEnumerable).IsAssignableFrom(type))
        {
            return null;
        }

        if (type.IsArray)
        {
            return type.GetElementType();
        }

        var enumerable = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>)
            ? type
            : type.GetInterfaces().FirstOrDefault(candidate =>
                candidate.IsGenericType && candidate.GetGenericTypeDefinition() == typeof(IEnumerable<>));

        // A dictionary enumerates key/value pairs; its values are what templates reach.
        var item = enumerable?.GetGenericArguments()[0];
        return item is { IsGenericType: true } && item.GetGenericTypeDefinition() == typeof(KeyValuePair<,>)
            ? item.GetGenericArguments()[1]
            : item;
    }
}
