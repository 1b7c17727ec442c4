namespace MemberCards.Sdk.Erp;

/// <summary>Pushes member points changes to a merchant ERP and reads back the ERP's member record.</summary>
public interface IErpPointsClient
{
    /// <summary>
    /// Sends a points change (<c>POST {BaseAddress}/user/memberPoints</c>). The ERP matches the member by mobile
    /// number (and store number), creates the member when it finds none, applies the change, and answers with the
    /// member. The request is sent once: points changes are not idempotent, so the client never retries.
    /// </summary>
    /// <param name="request">The change; checked before anything is sent.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The member the ERP matched or created.</returns>
    /// <exception cref="ArgumentException">The request is invalid (the message names the field).</exception>
    /// <exception cref="MemberCardsApiException">The ERP refused the change (<c>code</c> 20000 or any code but 10000, or a 4xx answer).</exception>
    /// <exception cref="MemberCardsOutcomeUnknownException">
    /// The request went out but no trustworthy answer came back (timeout, dropped connection, 5xx): the ERP may or may
    /// not have applied the change. Check the member's points in the ERP before sending the change again.
    /// </exception>
    /// <exception cref="MemberCardsFormatException">The ERP answered 2xx with something that is not its JSON answer.</exception>
    /// <exception cref="MemberCardsException">The ERP could not be reached at all; nothing was sent.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    Task<ErpMember> ChangeMemberPointsAsync(MemberPointsChangeRequest request, CancellationToken cancellationToken = default);
}
