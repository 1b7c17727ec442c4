namespace MemberCards.Sdk.Youzan;

/// <summary>One row of <see cref="YouzanPushParser"/>'s field table: a spelling, the field name errors use, and where the value goes.</summary>
/// <param name="spelling">The JSON name as sent, UTF-8.</param>
/// <param name="name">The field's name in errors.</param>
/// <param name="read">Reads the value into the push being read.</param>
internal sealed class YouzanPushField(ReadOnlySpan<byte> spelling, string name, YouzanPushFieldReader read)
{
    private readonly byte[] bytes = spelling.ToArray();

    /// <summary>The JSON name as sent, UTF-8.</summary>
    public ReadOnlySpan<byte> Spelling => bytes;

    /// <summary>The field's name in errors.</summary>
    public string Name { get; } = name;

    /// <summary>Reads the value into the push being read.</summary>
    public YouzanPushFieldReader Read { get; } = read;
}
