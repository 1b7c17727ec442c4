namespace MemberCards.Sdk;

/// <summary>
/// Builds named options exactly as <see cref="OptionsFactory{TOptions}"/> does (every configure step in registration
/// order, then every post-configure step, then every validator), but finds a name's own steps through an index made
/// once. The standard factory asks every step of every name whether it is for the name being built, so building the
/// options of each of N registrations costs N² (issue 23: with 5,000 merchants a first use read 45,000 steps of the
/// HTTP client options alone). A <see cref="ConfigureNamedOptions{TOptions}"/> or
/// <see cref="PostConfigureOptions{TOptions}"/> with a name is indexed under it; every other step (for all names, or of
/// a type that does not say its name) runs for every name in its place, as before, and decides itself.
/// </summary>
/// <typeparam name="TOptions">The options type.</typeparam>
internal sealed class MemberCardsOptionsFactory<TOptions> : IOptionsFactory<TOptions>
    where TOptions : class, new()
{
    private readonly NamedSteps<IConfigureOptions<TOptions>> setups;
    private readonly NamedSteps<IPostConfigureOptions<TOptions>> postConfigures;
    private readonly IValidateOptions<TOptions>[] validations;

    /// <summary>Indexes the steps.</summary>
    /// <param name="setups">The configure steps, in registration order.</param>
    /// <param name="postConfigures">The post-configure steps, in registration order.</param>
    /// <param name="validations">The validators.</param>
    public MemberCardsOptionsFactory(IEnumerable<IConfigureOptions<TOptions>> setups, IEnumerable<IPostConfigureOptions<TOptions>> postConfigures, IEnumerable<IValidateOptions<TOptions>> validations)
    {
        // Only the standard step types, whose Configure/PostConfigure apply to their Name alone, are indexed (a type
        // derived from them could override that); configuration binding registers one of these two.
        this.setups = new NamedSteps<IConfigureOptions<TOptions>>(setups, static step => step.GetType() == typeof(ConfigureNamedOptions<TOptions>) || step.GetType() == typeof(NamedConfigureFromConfigurationOptions<TOptions>) ? ((ConfigureNamedOptions<TOptions>)step).Name : null);
        this.postConfigures = new NamedSteps<IPostConfigureOptions<TOptions>>(postConfigures, static step => step.GetType() == typeof(PostConfigureOptions<TOptions>) ? ((PostConfigureOptions<TOptions>)step).Name : null);
        this.validations = [.. validations];
    }

    /// <inheritdoc />
    public TOptions Create(string name)
    {
        name ??= Options.DefaultName;
        var options = new TOptions();
        foreach (var setup in setups.For(name))
        {
            if (setup is IConfigureNamedOptions<TOptions> named)
            {
                named.Configure(name, options);
            }
            else if (name == Options.DefaultName)
            {
                setup.Configure(options);
            }
        }

        foreach (var post in postConfigures.For(name))
        {
            post.PostConfigure(name, options);
        }

        if (validations.Length > 0)
        {
            List<string>? failures = null;
            foreach (var validate in validations)
            {
                var result = validate.Validate(name, options);
                if (result is { Failed: true })
                {
                    (failures ??= []).AddRange(result.Failures);
                }
            }

            if (failures is not null)
            {
                throw new OptionsValidationException(name, typeof(TOptions), failures);
            }
        }

        return options;
    }

    /// <summary>Steps in registration order: those for every name, and those of each name, merged back in order on demand.</summary>
    /// <typeparam name="TStep">The step type.</typeparam>
    private sealed class NamedSteps<TStep>
    {
        private readonly (int Order, TStep Step)[] everyName;
        private readonly Dictionary<string, (int Order, TStep Step)[]> byName;

        public NamedSteps(IEnumerable<TStep> steps, Func<TStep, string?> nameOf)
        {
            var shared = new List<(int, TStep)>();
            var named = new Dictionary<string, List<(int, TStep)>>(StringComparer.Ordinal);
            var order = 0;
            foreach (var step in steps)
            {
                if (nameOf(step) is { } name)
                {
                    if (!named.TryGetValue(name, out var list))
                    {
                        named[name] = list = [];
                    }

                    list.Add((order, step));
                }
                else
                {
                    shared.Add((order, step));
                }

                order++;
            }

            everyName = [.. shared];
            byName = named.ToDictionary(static pair => pair.Key, static pair => pair.Value.ToArray(), StringComparer.Ordinal);
        }

        /// <summary>The steps that apply to <paramref name="name"/>, in registration order.</summary>
        public IEnumerable<TStep> For(string name)
        {
            var own = byName.TryGetValue(name, out var steps) ? steps : [];
            int i = 0, j = 0;
            while (i < everyName.Length || j < own.Length)
            {
                if (j >= own.Length || (i < everyName.Length && everyName[i].Order < own[j].Order))
                {
                    yield return everyName[i++].Step;
                }
                else
                {
                    yield return own[j++].Step;
                }
            }
        }
    }
}
