namespace MemberCards.Sdk;

/// <summary>
/// When the settings of every registration (every merchant, official account, app ...) are validated and their keys
/// parsed. Whatever is chosen, a registration is validated at its first use: <c>Create(name)</c> throws an
/// <see cref="Microsoft.Extensions.Options.OptionsValidationException"/> naming the registration and the setting.
/// </summary>
public enum MemberCardsStartValidation
{
    /// <summary>
    /// Only at first use (the default): starting the host costs the same for 1 and for 5,000 registrations, and an
    /// invalid registration does not stop the others.
    /// </summary>
    FirstUse = 0,

    /// <summary>
    /// At first use, and in the background right after the host starts, without delaying the start: each invalid
    /// registration is logged (event id 1101) with its registration and setting, and valid ones are ready for their first call.
    /// </summary>
    WarmUp = 1,

    /// <summary>
    /// Every registration at host start (<c>ValidateOnStart</c>): one invalid registration stops the host. Start then
    /// grows with the number of registrations (parsing every key), so use it for hosts with few of them.
    /// </summary>
    FailFast = 2,
}
