using System.Text.Json.Serialization;

namespace MemberCards.Sdk.Core.Tests.Unit;

/// <summary>A model with one text, for the tests of a body's bytes and its encoding.</summary>
public sealed class NoteModel
{
    /// <summary>The text.</summary>
    [JsonPropertyName("text")]
    public string? Text { get; set; }
}
