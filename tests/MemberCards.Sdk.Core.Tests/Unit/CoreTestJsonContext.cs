using System.Text.Json.Serialization;

namespace MemberCards.Sdk.Core.Tests.Unit;

/// <summary>The source-generated metadata for the models these tests serialize, as a client assembly would declare it.</summary>
[JsonSerializable(typeof(ConvertedModel))]
[JsonSerializable(typeof(NullableModel))]
[JsonSerializable(typeof(EnumHolder))]
[JsonSerializable(typeof(CardType))]
[JsonSerializable(typeof(ValidityType))]
[JsonSerializable(typeof(UserCardState))]
[JsonSerializable(typeof(UserFormField))]
[JsonSerializable(typeof(AliasedState))]
[JsonSerializable(typeof(NoteModel))]
internal sealed partial class CoreTestJsonContext : JsonSerializerContext;
