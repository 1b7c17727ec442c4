namespace MemberCards.Sdk;

/// <summary>
/// A service's reading of its answers: which ones are errors, and the SDK exception for each
/// (<c>WeChatPayApiException</c>, <c>WeChatApiException</c>, <c>ErpApiException</c> ...). Used by the last step of the
/// service's HTTP pipeline, which is shared by every service.
/// </summary>
internal interface IMemberCardsErrorMapper
{
    /// <summary>
    /// Reads an answer and returns the exception it stands for, or <see langword="null"/> when it is a success.
    /// A mapper that reads the body of a success must leave it readable (buffer it and set it back).
    /// </summary>
    /// <param name="response">The answer.</param>
    /// <param name="registration">The registration the request was sent for (empty for the default one), for hints that name its settings.</param>
    /// <param name="cancellationToken">Cancels reading the body.</param>
    /// <returns>The error, or <see langword="null"/>.</returns>
    ValueTask<Exception?> MapAsync(HttpResponseMessage response, string registration, CancellationToken cancellationToken = default);
}
