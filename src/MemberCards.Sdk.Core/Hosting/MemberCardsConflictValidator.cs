using System.Collections;
using System.Reflection;

namespace MemberCards.Sdk;

/// <summary>
/// Fails a registration that two <c>AddXxx(name)</c> calls configured in code with different values for one setting
/// (for example two <c>AddErpPoints("a").Configure(o =&gt; o.BaseAddress = ...)</c> with two addresses): options of one
/// name merge, so the last call would win silently. Each call's <c>Configure</c> actions are replayed on fresh options and
/// every scalar setting that both calls changed from its default is compared. Calls that set the same value, or different
/// settings, merge as before; list settings (added to, not replaced) are not compared. Messages name the setting, never a value.
/// </summary>
/// <typeparam name="TOptions">The options type.</typeparam>
internal sealed class MemberCardsConflictValidator<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor | DynamicallyAccessedMemberTypes.PublicProperties)] TOptions> : IValidateOptions<TOptions>
    where TOptions : class
{
    private readonly MemberCardsRegistrations registrations;

    /// <summary>Creates the validator.</summary>
    /// <param name="registrations">The registrations of the host, which keep the <c>Configure</c> actions.</param>
    public MemberCardsConflictValidator(MemberCardsRegistrations registrations)
    {
        ArgumentNullException.ThrowIfNull(registrations);
        this.registrations = registrations;
    }

    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, TOptions options)
    {
        name ??= string.Empty;
        var entries = registrations.Configurations.Of(typeof(TOptions), name);
        var calls = entries.GroupBy(e => e.Call).ToList();
        if (calls.Count < 2)
        {
            return ValidateOptionsResult.Skip;
        }

        var defaults = Activator.CreateInstance<TOptions>();
        var configured = new List<TOptions>(calls.Count);
        foreach (var call in calls)
        {
            var instance = Activator.CreateInstance<TOptions>();
            try
            {
                foreach (var entry in call)
                {
                    ((Action<TOptions>)entry.Configure)(instance);
                }
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // An action that cannot run on fresh options is not compared; the real options report its failure.
                return ValidateOptionsResult.Skip;
            }

            configured.Add(instance);
        }

        var first = entries[0];
        var failures = new List<string>();
        foreach (var property in typeof(TOptions).GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (!property.CanRead || !property.CanWrite || property.GetIndexParameters().Length > 0 || IsList(property.PropertyType))
            {
                continue;
            }

            var initial = property.GetValue(defaults);
            var set = configured.Select(o => property.GetValue(o)).Where(v => !Equals(v, initial)).Distinct().Count();
            if (set > 1)
            {
                var registration = MemberCardsSettingName.Of(first.Service, name);
                var setting = MemberCardsSettingName.Of(first.Service, name, first.KeyPrefix + property.Name);
                failures.Add($"{setting} is set to different values by two calls that add {registration}: the same registration was added twice (the same service and name), each with its own .Configure(...), and the last one would silently win. Give each its own name, or set {property.Name} once.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsList(Type type) => type != typeof(string) && typeof(IEnumerable).IsAssignableFrom(type);
}
