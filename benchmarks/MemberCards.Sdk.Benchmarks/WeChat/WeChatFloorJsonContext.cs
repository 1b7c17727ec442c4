using System.Text.Json.Serialization;

namespace MemberCards.Sdk.Benchmarks.WeChat;

/// <summary>The floor's source-generated JSON metadata, as the SDK's models have theirs.</summary>
[JsonSerializable(typeof(FloorMemberInfo))]
[JsonSerializable(typeof(FloorMemberInfoRequest))]
internal sealed partial class WeChatFloorJsonContext : JsonSerializerContext;
