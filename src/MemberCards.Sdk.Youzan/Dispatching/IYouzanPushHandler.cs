namespace MemberCards.Sdk.Youzan;

/// <summary>
/// Handles verified, de-duplicated Youzan pushes of one kind. Register implementations in DI
/// (for example <c>services.AddScoped&lt;IYouzanPushHandler&lt;YouzanCardEvent&gt;, CardSync&gt;()</c>); the dispatcher
/// resolves them in a scope per push. <typeparamref name="TEvent"/> is <see cref="YouzanCardEvent"/>,
/// <see cref="YouzanCustomerCardEvent"/>, or <see cref="YouzanPush"/> for every other type (and for the typed
/// ones when no typed handler is registered).
/// </summary>
/// <typeparam name="TEvent">The event type.</typeparam>
public interface IYouzanPushHandler<in TEvent>
    where TEvent : class
{
    /// <summary>
    /// Handles one push. Throwing leaves the push unmarked, so Youzan's re-send is handled again; keep the
    /// work short (Youzan waits 5 s) or queue it. Use <see cref="YouzanPush.Version"/> to drop out-of-order updates.
    /// </summary>
    /// <param name="message">The event.</param>
    /// <param name="cancellationToken">Cancels the handling.</param>
    /// <returns>A task that completes when the push is handled.</returns>
    Task HandleAsync(TEvent message, CancellationToken cancellationToken);
}
