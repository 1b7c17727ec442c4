namespace MemberCards.Sdk.WeChat;

/// <summary><c>submit_membercard_user_info</c>: a user submitted the activation form or edited their info.</summary>
public sealed class WeChatSubmitMemberCardUserInfoEvent : WeChatUserCardEvent;
