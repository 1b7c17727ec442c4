namespace MemberCards.Sdk.Testing;

/// <summary>The kinds of <see cref="Fault"/>.</summary>
public enum FaultKind
{
    /// <summary>Answer with a given status code and body.</summary>
    Status,

    /// <summary>Wait, then answer normally.</summary>
    Delay,

    /// <summary>Drop the connection.</summary>
    DropConnection,

    /// <summary>Send part of the real answer, then cut the connection.</summary>
    TruncatedBody,

    /// <summary>Answer with a given raw body.</summary>
    RawBody,
}
