namespace MemberCards.Sdk.Serialization;

/// <summary>Unix time in seconds (number or string of digits) as a UTC <see cref="DateTimeOffset"/>.</summary>
public sealed class UnixSecondsConverter() : UnixTimeConverter(TimeSpan.TicksPerSecond, "seconds");
