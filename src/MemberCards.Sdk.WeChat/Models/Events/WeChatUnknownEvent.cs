namespace MemberCards.Sdk.WeChat;

/// <summary>An event this SDK has no type for; its elements stay in <see cref="WeChatEvent.Fields"/> and <see cref="WeChatEvent.RawXml"/>.</summary>
public sealed class WeChatUnknownEvent : WeChatEvent;
