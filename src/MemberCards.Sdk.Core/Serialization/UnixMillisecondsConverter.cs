namespace MemberCards.Sdk.Serialization;

/// <summary>Unix time in milliseconds (number or string of digits) as a UTC <see cref="DateTimeOffset"/>.</summary>
public sealed class UnixMillisecondsConverter() : UnixTimeConverter(TimeSpan.TicksPerMillisecond, "milliseconds");
