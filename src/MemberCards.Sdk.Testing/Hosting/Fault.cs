namespace MemberCards.Sdk.Testing;

/// <summary>A way an emulator can be told to misbehave for matching requests.</summary>
public sealed class Fault
{
    private Fault(FaultKind kind, int statusCode = 0, TimeSpan delay = default, string? body = null)
    {
        Kind = kind;
        StatusCode = statusCode;
        Delay = delay;
        Body = body;
    }

    /// <summary>What the fault does.</summary>
    public FaultKind Kind { get; }

    /// <summary>The status code to answer with, for <see cref="FaultKind.Status"/>.</summary>
    public int StatusCode { get; }

    /// <summary>How long to wait before answering normally, for <see cref="FaultKind.Delay"/>.</summary>
    public TimeSpan Delay { get; }

    /// <summary>The body to send, for <see cref="FaultKind.Status"/> and <see cref="FaultKind.RawBody"/>.</summary>
    public string? Body { get; }

    /// <summary>Answer with a status code (and an optional body) instead of the real answer.</summary>
    /// <param name="statusCode">The HTTP status code.</param>
    /// <param name="body">The body, or <see langword="null"/> for none.</param>
    /// <returns>The fault.</returns>
    public static Fault Status(int statusCode, string? body = null) => new(FaultKind.Status, statusCode: statusCode, body: body);

    /// <summary>Wait, then answer normally.</summary>
    /// <param name="delay">How long to wait.</param>
    /// <returns>The fault.</returns>
    public static Fault Wait(TimeSpan delay) => new(FaultKind.Delay, delay: delay);

    /// <summary>Drop the connection without answering.</summary>
    /// <returns>The fault.</returns>
    public static Fault DropConnection() => new(FaultKind.DropConnection);

    /// <summary>Start the real answer, then cut it off half-way (declared length longer than what is sent). An answer without a body (a 204, say) has nothing to cut and goes out unchanged.</summary>
    /// <returns>The fault.</returns>
    public static Fault TruncatedBody() => new(FaultKind.TruncatedBody);

    /// <summary>Answer 200 with a body that is not JSON.</summary>
    /// <param name="body">The body; an HTML error page by default.</param>
    /// <returns>The fault.</returns>
    public static Fault NonJsonBody(string body = "<html><body>502 Bad Gateway</body></html>") => new(FaultKind.RawBody, statusCode: 200, body: body);

    /// <inheritdoc />
    public override string ToString() => Kind switch
    {
        FaultKind.Status => $"status {StatusCode}",
        FaultKind.Delay => $"delay {Delay}",
        _ => Kind.ToString(),
    };
}
