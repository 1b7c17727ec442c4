namespace MemberCards.Sdk.WeChat;

/// <summary><c>user_del_card</c>: a user deleted a card.</summary>
public sealed class WeChatUserDeleteCardEvent : WeChatUserCardEvent;
