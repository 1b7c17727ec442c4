namespace MemberCards.Sdk;

/// <summary>The logs of the background validation of registrations after start (event ids 1101-1199).</summary>
internal static partial class MemberCardsStartLog
{
    [LoggerMessage(EventId = 1101, Level = LogLevel.Error, Message = "{OptionsType} of registration '{Registration}' are invalid; the registration fails at its first use: {Failures}")]
    public static partial void Invalid(ILogger logger, string optionsType, string registration, string failures);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Information, Message = "Validated {Count} registration(s) in the background after start: {Invalid} invalid, in {ElapsedMilliseconds} ms.")]
    public static partial void WarmedUp(ILogger logger, int count, int invalid, long elapsedMilliseconds);

    [LoggerMessage(EventId = 1103, Level = LogLevel.Error, Message = "Validating {OptionsType} of registration '{Registration}' in the background failed unexpectedly; it is validated again at its first use.")]
    public static partial void Failed(ILogger logger, string optionsType, string registration, Exception exception);
}
