namespace MemberCards.Sdk;

/// <summary>
/// The one start check of the SDK, run by the host's <c>ValidateOnStart</c> once per service collection rather than
/// once per registration, so that start does not grow with the number of merchants. It always fails a registration
/// that two <c>AddXxx</c> calls configured with different values (only those configured by several calls are looked
/// at); then, by <see cref="MemberCardsStartOptions.Validation"/>, it validates nothing more (first use does), every
/// registration in the background, or every registration now (fail fast).
/// </summary>
internal sealed class MemberCardsStartValidator : IValidateOptions<MemberCardsStartOptions>, IDisposable
{
    private readonly IServiceProvider services;
    private readonly MemberCardsRegistrations registrations;
    private readonly ILogger logger;
    private readonly CancellationTokenSource stopping = new();
    private int warmUps;

    /// <summary>Creates the check.</summary>
    /// <param name="services">The provider the registrations' options are built from.</param>
    /// <param name="registrations">The registrations of the host.</param>
    /// <param name="logger">Logs the background validation.</param>
    public MemberCardsStartValidator(IServiceProvider services, MemberCardsRegistrations registrations, ILogger<MemberCardsStartValidator> logger)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(registrations);
        ArgumentNullException.ThrowIfNull(logger);
        this.services = services;
        this.registrations = registrations;
        this.logger = logger;
    }

    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, MemberCardsStartOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (name is not null && name != Options.DefaultName)
        {
            return ValidateOptionsResult.Skip;
        }

        var failures = new List<OptionsValidationException>();
        switch (options.Validation)
        {
            case MemberCardsStartValidation.FailFast:
                // Building the options runs every validator of the name, the conflict check included.
                foreach (var entry in registrations.OptionsCatalog.Snapshot())
                {
                    try
                    {
                        entry.Build(services, entry.Name);
                    }
                    catch (OptionsValidationException ex)
                    {
                        failures.Add(ex);
                    }
                }

                break;
            case MemberCardsStartValidation.WarmUp:
                AddConflicts(failures);
                if (failures.Count == 0 && Interlocked.Increment(ref warmUps) == 1)
                {
                    var entries = registrations.OptionsCatalog.Snapshot();
                    _ = Task.Run(() => WarmUp(entries, stopping.Token));
                }

                break;
            case MemberCardsStartValidation.FirstUse:
                AddConflicts(failures);
                break;
            default:
                return ValidateOptionsResult.Fail($"MemberCards:StartValidation ({(int)options.Validation}) must be {nameof(MemberCardsStartValidation.FirstUse)}, {nameof(MemberCardsStartValidation.WarmUp)} or {nameof(MemberCardsStartValidation.FailFast)}.");
        }

        // The registrations' own exceptions, as a ValidateOnStart per registration threw them: one as it is, several aggregated.
        return failures.Count switch
        {
            0 => ValidateOptionsResult.Success,
            1 => throw failures[0],
            _ => throw new AggregateException(failures),
        };
    }

    /// <inheritdoc />
    public void Dispose()
    {
        stopping.Cancel();
        stopping.Dispose();
    }

    private void AddConflicts(List<OptionsValidationException> failures)
    {
        foreach (var (optionsType, name) in registrations.Configurations.ConfiguredBySeveralCalls())
        {
            if (registrations.OptionsCatalog.ConflictsOf(optionsType)?.Invoke(registrations, name) is { Failed: true } result)
            {
                failures.Add(new OptionsValidationException(name, optionsType, result.Failures));
            }
        }
    }

    private void WarmUp(IReadOnlyList<MemberCardsOptionsEntry> entries, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var invalid = 0;
        var validated = 0;
        foreach (var entry in entries)
        {
            if (cancellationToken.IsCancellationRequested)
            {
                return;
            }

            try
            {
                entry.Build(services, entry.Name);
            }
            catch (OptionsValidationException ex)
            {
                invalid++;
                MemberCardsStartLog.Invalid(logger, entry.OptionsType.Name, entry.Name, string.Join(" ", ex.Failures));
            }
            catch (ObjectDisposedException)
            {
                // The host stopped while warming up.
                return;
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                invalid++;
                MemberCardsStartLog.Failed(logger, entry.OptionsType.Name, entry.Name, ex);
            }

            validated++;
        }

        MemberCardsStartLog.WarmedUp(logger, validated, invalid, watch.ElapsedMilliseconds);
    }
}
