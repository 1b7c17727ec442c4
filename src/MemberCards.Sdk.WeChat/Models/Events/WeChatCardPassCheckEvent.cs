namespace MemberCards.Sdk.WeChat;

/// <summary><c>card_pass_check</c>: the card passed review.</summary>
public sealed class WeChatCardPassCheckEvent : WeChatCardEvent;
