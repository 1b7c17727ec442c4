using System.Text.Json.Serialization;

namespace MemberCards.Sdk.WeChat;

/// <summary>card/membercard/activateuserform/set: the one-click activation form.</summary>
public sealed class WeChatSetActivateUserFormRequest
{
    /// <summary>The card id (<c>card_id</c>, required).</summary>
    [JsonPropertyName("card_id")]
    public string? CardId { get; init; }

    /// <summary>The service statement link (<c>service_statement</c>).</summary>
    [JsonPropertyName("service_statement")]
    public WeChatNamedLink? ServiceStatement { get; init; }

    /// <summary>The "bind an existing card" link (<c>bind_old_card</c>).</summary>
    [JsonPropertyName("bind_old_card")]
    public WeChatNamedLink? BindOldCard { get; init; }

    /// <summary>Fields the user must fill (<c>required_form</c>).</summary>
    [JsonPropertyName("required_form")]
    public WeChatActivateForm? RequiredForm { get; init; }

    /// <summary>Fields the user may fill (<c>optional_form</c>).</summary>
    [JsonPropertyName("optional_form")]
    public WeChatActivateForm? OptionalForm { get; init; }
}
