namespace MemberCards.Sdk;

/// <summary>Input that cannot be parsed: a malformed body, key, message or field, with what was expected and where.</summary>
public class MemberCardsFormatException : MemberCardsException
{
    /// <summary>Creates an exception.</summary>
    public MemberCardsFormatException()
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">What could not be parsed.</param>
    public MemberCardsFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and a cause.</summary>
    /// <param name="message">What could not be parsed.</param>
    /// <param name="innerException">The cause.</param>
    public MemberCardsFormatException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an exception naming what was being read and where it broke.</summary>
    /// <param name="service">The service the input came from (or <see langword="null"/> for local input).</param>
    /// <param name="target">What was being read (a model, a key, a message part).</param>
    /// <param name="location">Where it broke (a JSON path, a field name, an offset).</param>
    /// <param name="reason">Why it could not be read.</param>
    /// <param name="innerException">The cause, if any.</param>
    public MemberCardsFormatException(string? service, string target, string? location, string reason, Exception? innerException = null)
        : base(service, Describe(service, target, location, reason), innerException)
    {
        Target = target;
        Location = location;
    }

    /// <summary>What was being read (a model, a key, a message part).</summary>
    public string? Target { get; }

    /// <summary>Where it broke (a JSON path, a field name, an offset).</summary>
    public string? Location { get; }

    private static string Describe(string? service, string target, string? location, string reason)
    {
        var from = service is null ? string.Empty : $" from {service}";
        var at = string.IsNullOrEmpty(location) ? string.Empty : $" at {location}";
        return $"Could not read {target}{from}{at}: {reason}";
    }
}
