namespace MemberCards.Sdk;

/// <summary>
/// The shared store that coordinates a fleet of instances (Redis: message claims, locks, shared tokens) did not
/// answer in time or refused the command. Nothing was decided: an inbound message was neither claimed nor run,
/// so the transport answers with the platform's "retry" and the next delivery is processed once the store is back.
/// </summary>
public class MemberCardsCoordinationException : MemberCardsException
{
    /// <summary>Creates an exception.</summary>
    public MemberCardsCoordinationException()
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">What failed.</param>
    public MemberCardsCoordinationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and a cause.</summary>
    /// <param name="message">What failed.</param>
    /// <param name="innerException">The cause (a connection or timeout error of the store's client).</param>
    public MemberCardsCoordinationException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an exception for an operation on the coordination store.</summary>
    /// <param name="store">The store (<c>Redis</c>).</param>
    /// <param name="operation">The operation, such as <c>claim</c> or <c>lock</c>.</param>
    /// <param name="key">The key involved (never a secret).</param>
    /// <param name="innerException">The cause.</param>
    public MemberCardsCoordinationException(string store, string operation, string key, Exception? innerException)
        : base(store, $"{store} {operation} of '{key}' failed ({(innerException is TimeoutException or OperationCanceledException ? "timed out" : innerException?.GetType().Name ?? "no answer")}); nothing was decided, try again.", innerException)
    {
        Operation = operation;
        Key = key;
    }

    /// <summary>The operation that failed (<c>claim</c>, <c>lock</c> ...), when known.</summary>
    public string? Operation { get; }

    /// <summary>The key involved, when known.</summary>
    public string? Key { get; }
}
