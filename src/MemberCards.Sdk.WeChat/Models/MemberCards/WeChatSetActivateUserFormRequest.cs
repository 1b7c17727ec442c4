namespace MemberCards.Sdk.WeChat;

/// <summary>card/membercard/activateuserform/set: the one-click activation form.</summary>
public sealed class WeChatSetActivateUserFormRequest : IValidatedRequest
{
    /// <summary>The card id (<c>card_id</c>, required).</summary>
    public string? CardId { get; set; }

    /// <summary>The service statement link (<c>service_statement</c>).</summary>
    public WeChatNamedLink? ServiceStatement { get; set; }

    /// <summary>The "bind an existing card" link (<c>bind_old_card</c>).</summary>
    public WeChatNamedLink? BindOldCard { get; set; }

    /// <summary>Fields the user must fill (<c>required_form</c>).</summary>
    public WeChatActivateForm? RequiredForm { get; set; }

    /// <summary>Fields the user may fill (<c>optional_form</c>).</summary>
    public WeChatActivateForm? OptionalForm { get; set; }

    /// <inheritdoc/>
    void IValidatedRequest.Validate() => WeChatRequestValidator.ValidateUserForm(this);
}
