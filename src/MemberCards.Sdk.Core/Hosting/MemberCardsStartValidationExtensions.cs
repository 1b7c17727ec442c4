namespace MemberCards.Sdk;

/// <summary>Chooses when the registrations of <see cref="IMemberCardsBuilder"/> are validated (see <see cref="MemberCardsStartValidation"/>).</summary>
public static class MemberCardsStartValidationExtensions
{
    /// <summary>
    /// Validates every registration, of every service, when the host starts (<see cref="MemberCardsStartValidation.FailFast"/>):
    /// one invalid registration stops the host with an <see cref="Microsoft.Extensions.Options.OptionsValidationException"/>
    /// naming it and the setting. Start then costs a validation (and key parse) per registration.
    /// </summary>
    /// <param name="builder">The MemberCards builder.</param>
    /// <returns>The builder.</returns>
    public static IMemberCardsBuilder ValidateAllOnStart(this IMemberCardsBuilder builder)
        => Use(builder, MemberCardsStartValidation.FailFast);

    /// <summary>
    /// Validates every registration in the background once the host has started, without delaying the start
    /// (<see cref="MemberCardsStartValidation.WarmUp"/>): each invalid one is logged with its name and setting, and
    /// still fails at its first use.
    /// </summary>
    /// <param name="builder">The MemberCards builder.</param>
    /// <returns>The builder.</returns>
    public static IMemberCardsBuilder WarmUpAfterStart(this IMemberCardsBuilder builder)
        => Use(builder, MemberCardsStartValidation.WarmUp);

    private static IMemberCardsBuilder Use(IMemberCardsBuilder builder, MemberCardsStartValidation validation)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.Configure<MemberCardsStartOptions>(o => o.Validation = validation);
        return builder;
    }
}
