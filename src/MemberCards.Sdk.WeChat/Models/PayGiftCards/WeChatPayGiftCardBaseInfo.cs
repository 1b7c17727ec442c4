namespace MemberCards.Sdk.WeChat;

/// <summary>Where and when a 支付即会员 rule applies (<c>base_info</c>).</summary>
public sealed class WeChatPayGiftCardBaseInfo
{
    /// <summary>The WeChat Pay merchant ids whose payments the rule follows (<c>mchid_list</c>, at least one).</summary>
    [JsonPropertyName("mchid_list")]
    public IReadOnlyList<string>? MchIdList { get; set; }

    /// <summary>When the rule starts, in Unix seconds (<c>begin_time</c>, required).</summary>
    public long? BeginTime { get; set; }

    /// <summary>When the rule ends, in Unix seconds (<c>end_time</c>, required, after <see cref="BeginTime"/>).</summary>
    public long? EndTime { get; set; }

    /// <summary>The rule's state (<c>status</c>), as WeChat answers it; not sent when adding.</summary>
    public string? Status { get; set; }

    /// <summary>When the rule was created, in Unix seconds (<c>create_time</c>), as WeChat answers it.</summary>
    public long? CreateTime { get; set; }

    /// <summary>When the rule was last changed, in Unix seconds (<c>update_time</c>), as WeChat answers it.</summary>
    public long? UpdateTime { get; set; }
}
