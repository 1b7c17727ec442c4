namespace MemberCards.Sdk.WeChat;

/// <summary>
/// <c>user_enter_session_from_card</c>: a user opened the official account's chat from a card (从卡券进入公众号会话),
/// which opens the 48-hour window for customer-service messages to that user.
/// </summary>
public sealed class WeChatUserEnterSessionFromCardEvent : WeChatUserCardEvent
{
}
